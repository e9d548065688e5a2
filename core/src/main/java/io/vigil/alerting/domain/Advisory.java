package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A security advisory: what to know or do, how serious, for whom, over which channels, while
 * valid, and who has acknowledged it (each person once, at their first acknowledgement).
 */
public record Advisory(AdvisoryId id, OfficeId office, long version, String title, String message, Severity severity,
                       Audience audience, Set<Channel> channels, Instant validFrom, Instant validTo, String issuedBy,
                       List<Acknowledgement> acknowledgements) implements Versioned<AdvisoryId, Advisory> {

    public Advisory {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        message = Require.text(message, "message", 4000);
        Require.nonNull(severity, "severity");
        Require.nonNull(audience, "audience");
        Require.nonNull(channels, "channels");
        Require.that(!channels.isEmpty(), "channels", "must name at least one channel");
        Require.that(!channels.contains(Channel.IN_PERSON), "channels",
                "must not include IN_PERSON, which is how an answer was obtained, not a channel to send on");
        channels = Set.copyOf(EnumSet.copyOf(channels));
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
        Require.that(validTo.isAfter(validFrom), "validTo", "must be after validFrom");
        issuedBy = Require.text(issuedBy, "issuedBy", 200);
        acknowledgements = List.copyOf(Require.nonNull(acknowledgements, "acknowledgements"));
        Require.that(acknowledgements.stream().map(Acknowledgement::person).distinct().count()
                == acknowledgements.size(), "acknowledgements", "must name each person once");
    }

    /** Whether the advisory is in force at {@code at} ({@code validTo} exclusive). */
    public boolean activeAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo);
    }

    /** Whether the person has acknowledged it. */
    public boolean acknowledgedBy(PersonId person) {
        return acknowledgements.stream().anyMatch(a -> a.person().equals(person));
    }

    /** The advisory with the person's acknowledgement; unchanged if they already acknowledged. */
    public Advisory acknowledge(PersonId person, Instant at) {
        if (acknowledgedBy(person)) {
            return this;
        }
        List<Acknowledgement> more = new ArrayList<>(acknowledgements);
        more.add(new Acknowledgement(person, at));
        return new Advisory(id, office, version, title, message, severity, audience, channels, validFrom, validTo,
                issuedBy, more);
    }

    @Override
    public Advisory withVersion(long newVersion) {
        return new Advisory(id, office, newVersion, title, message, severity, audience, channels, validFrom, validTo,
                issuedBy, acknowledgements);
    }
}
