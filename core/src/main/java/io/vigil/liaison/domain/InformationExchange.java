package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Comparator;

/**
 * One entry of the information log: security information obtained from or shared with a contact
 * at {@code at} (never after it was recorded), its level, what it was (at most 1,000 characters),
 * who recorded it and when.
 */
public record InformationExchange(ExchangeId id, OfficeId office, long version, LiaisonContactId contact, Instant at,
                                  ExchangeDirection direction, InformationLevel level, String summary, String by,
                                  Instant recordedAt) implements Versioned<ExchangeId, InformationExchange> {
    /** The order of every list: latest first, ties by id. */
    public static final Comparator<InformationExchange> LATEST_FIRST = Comparator.comparing(InformationExchange::at)
            .reversed().thenComparing(e -> e.id().toString());

    public InformationExchange {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contact, "contact");
        Require.nonNull(at, "at");
        Require.nonNull(direction, "direction");
        Require.nonNull(level, "level");
        summary = Require.text(summary, "summary", 1000);
        by = Require.text(by, "by", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!at.isAfter(recordedAt), "at", "must not be after the entry is recorded (" + recordedAt + ")");
    }

    /**
     * The rule of sharing: information is obtained at any level, but shared with a contact only up to
     * the level they are cleared to; sharing above it is refused with the reason.
     */
    public static Outcome<InformationLevel> admissible(LiaisonContact contact, ExchangeDirection direction,
                                                      InformationLevel level) {
        if (direction == ExchangeDirection.SHARED && !level.within(contact.clearedTo())) {
            return Outcome.refused("information of level " + level + " may not be shared with " + contact.name()
                    + ", who is cleared to " + contact.clearedTo() + " only");
        }
        return Outcome.done(level);
    }

    @Override
    public InformationExchange withVersion(long newVersion) {
        return new InformationExchange(id, office, newVersion, contact, at, direction, level, summary, by, recordedAt);
    }
}
