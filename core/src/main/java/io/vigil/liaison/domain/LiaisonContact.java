package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person of an organisation the office liaises with: their role, the ways to reach them (at most
 * {@value #MAX_CHANNELS}), whether they are confidential (need-to-know), the highest level of
 * information they are cleared to receive, and, if it differs from their organisation kind's, the
 * days without contact after which they are stale (1 to {@value OrganisationKind#MAX_STALE_DAYS}).
 * {@code since} is when they were added: a contact never reached is stale counted from then.
 */
public record LiaisonContact(LiaisonContactId id, OfficeId office, long version, OrganisationId organisation,
                             String name, String role, List<LiaisonChannel> channels, ContactSensitivity sensitivity,
                             InformationLevel clearedTo, Optional<Integer> staleAfterDays, Instant since)
        implements Versioned<LiaisonContactId, LiaisonContact> {
    /** The most channels a contact has. */
    public static final int MAX_CHANNELS = 10;
    /** The order of every list: by name, ties by id. */
    public static final Comparator<LiaisonContact> BY_NAME = Comparator.comparing(LiaisonContact::name)
            .thenComparing(c -> c.id().toString());

    public LiaisonContact {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(organisation, "organisation");
        name = Require.text(name, "name", 200);
        role = Require.text(role, "role", 200);
        channels = Require.noNulls(channels, "channels");
        Require.that(channels.size() <= MAX_CHANNELS, "channels", "must be at most " + MAX_CHANNELS);
        Require.nonNull(sensitivity, "sensitivity");
        Require.nonNull(clearedTo, "clearedTo");
        Require.nonNull(staleAfterDays, "staleAfterDays");
        Require.that(staleAfterDays.map(d -> d >= 1 && d <= OrganisationKind.MAX_STALE_DAYS).orElse(true),
                "staleAfterDays", "must be from 1 to " + OrganisationKind.MAX_STALE_DAYS);
        Require.nonNull(since, "since");
    }

    /** Whether the contact is need-to-know. */
    public boolean confidential() {
        return sensitivity == ContactSensitivity.CONFIDENTIAL;
    }

    /** The days without contact after which this contact is stale: their own, else their organisation kind's. */
    public int staleAfterDays(OrganisationKind kind) {
        return staleAfterDays.orElse(kind.staleAfterDays());
    }

    @Override
    public LiaisonContact withVersion(long newVersion) {
        return new LiaisonContact(id, office, newVersion, organisation, name, role, channels, sensitivity, clearedTo,
                staleAfterDays, since);
    }
}
