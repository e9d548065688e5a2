package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Optional;

/** A stay in the country, from arrival to departure (open while the person is still here). */
public record Presence(PresenceId id, OfficeId office, long version, PersonId person, Instant arrival,
                       Optional<Instant> departure) implements Versioned<PresenceId, Presence> {
    public Presence {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(person, "person");
        Require.nonNull(arrival, "arrival");
        Require.nonNull(departure, "departure");
        Require.that(departure.map(d -> !d.isBefore(arrival)).orElse(true), "departure", "must not be before arrival");
    }

    @Override
    public Presence withVersion(long newVersion) {
        return new Presence(id, office, newVersion, person, arrival, departure);
    }

    /** Whether the person is in the country at the instant (arrival included, departure excluded). */
    public boolean coversInstant(Instant t) {
        return !t.isBefore(arrival) && departure.map(t::isBefore).orElse(true);
    }
}
