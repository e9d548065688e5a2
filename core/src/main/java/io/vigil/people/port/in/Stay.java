package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** A person's stay in the country as plain values, for other contexts: arrival, and departure once recorded. */
public record Stay(PersonId person, Instant arrival, Optional<Instant> departure) {
    public Stay {
        Require.nonNull(person, "person");
        Require.nonNull(arrival, "arrival");
        Require.nonNull(departure, "departure");
    }
}
