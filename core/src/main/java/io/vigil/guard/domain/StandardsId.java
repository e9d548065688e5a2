package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a country's labour standards of the guard-force context. */
public record StandardsId(UUID value) {
    public StandardsId {
        Require.nonNull(value, "standardsId");
    }

    /** A new random id. */
    public static StandardsId random() {
        return new StandardsId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static StandardsId of(String text) {
        return new StandardsId(Ids.parse(text, "standardsId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
