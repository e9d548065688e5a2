package io.vigil.rest.people;

import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Instant;

/** The body of {@code POST /api/v1/presences/{id}/departure}. */
public record DepartureRequest(Instant departure) {
    public DepartureRequest {
        if (departure == null) {
            throw InvalidCommandException.of("departure", "must not be null");
        }
    }
}
