package io.vigil.documents.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a security document of the library of the documents context. */
public record DocumentId(UUID value) {
    public DocumentId {
        Require.nonNull(value, "documentId");
    }

    /** A new random id. */
    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static DocumentId of(String text) {
        return new DocumentId(Ids.parse(text, "documentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
