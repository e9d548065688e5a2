package io.vigil.liaison.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a piece of advice given to the head of office. */
public record AdviceId(UUID value) {
    public AdviceId {
        Require.nonNull(value, "adviceId");
    }

    /** A new random id. */
    public static AdviceId random() {
        return new AdviceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static AdviceId of(String text) {
        return new AdviceId(Ids.parse(text, "adviceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
