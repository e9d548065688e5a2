package io.vigil.awareness.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** A recorded arrival of a person in the country (a stay of the people context), with its departure if any. */
public record Arrival(PersonId person, Instant arrival, Optional<Instant> departure) {
    public Arrival {
        Require.nonNull(person, "person");
        Require.nonNull(arrival, "arrival");
        Require.nonNull(departure, "departure");
    }

    /** Whether the person is in the country at the instant (arrival included, departure excluded). */
    public boolean presentAt(Instant at) {
        return !at.isBefore(arrival) && departure.map(at::isBefore).orElse(true);
    }
}
