package io.vigil.documents.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies the stored content (the bytes) of one document version of the documents context. */
public record ContentId(UUID value) {
    public ContentId {
        Require.nonNull(value, "contentId");
    }

    /** A new random id. */
    public static ContentId random() {
        return new ContentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ContentId of(String text) {
        return new ContentId(Ids.parse(text, "contentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
