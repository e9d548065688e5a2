package io.vigil.documents.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;

/** A person confirmed having read the version of a document they were sent. */
public record DocumentAcknowledgement(PersonId person, Instant at) {
    public DocumentAcknowledgement {
        Require.nonNull(person, "person");
        Require.nonNull(at, "at");
    }
}
