package io.vigil.awareness.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a completion record of the awareness context. */
public record CompletionId(UUID value) {
    public CompletionId {
        Require.nonNull(value, "completionId");
    }

    /** A new random id. */
    public static CompletionId random() {
        return new CompletionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static CompletionId of(String text) {
        return new CompletionId(Ids.parse(text, "completionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
