package io.vigil.documents.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies one dissemination of a document version of the documents context. */
public record DisseminationId(UUID value) {
    public DisseminationId {
        Require.nonNull(value, "disseminationId");
    }

    /** A new random id. */
    public static DisseminationId random() {
        return new DisseminationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static DisseminationId of(String text) {
        return new DisseminationId(Ids.parse(text, "disseminationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
