package io.vigil.travel.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/** A completion a traveller holds: the course's code, when completed, until when valid (empty: for ever). */
public record HeldCourse(PersonId person, String code, Instant completedAt, Optional<Instant> validUntil) {
    public HeldCourse {
        Require.nonNull(person, "person");
        code = Require.text(code, "code", 20);
        Require.nonNull(completedAt, "completedAt");
        Require.nonNull(validUntil, "validUntil");
    }

    /** Whether it is valid at every instant from {@code from} through {@code through}. */
    public boolean validThrough(Instant from, Instant through) {
        return !completedAt.isAfter(from) && validUntil.map(through::isBefore).orElse(true);
    }
}
