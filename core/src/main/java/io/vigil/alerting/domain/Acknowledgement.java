package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** A person confirmed reading an advisory. */
public record Acknowledgement(PersonId person, Instant at) {
    public Acknowledgement {
        Require.nonNull(person, "person");
        Require.nonNull(at, "at");
    }
}
