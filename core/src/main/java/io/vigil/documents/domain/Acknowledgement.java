package io.vigil.documents.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** A person confirmed having read the version of a document they were sent. */
public record Acknowledgement(PersonId person, Instant at) {
    public Acknowledgement {
        Require.nonNull(person, "person");
        Require.nonNull(at, "at");
    }
}
