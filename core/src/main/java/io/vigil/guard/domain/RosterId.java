package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a vendor's roster of the guard-force context. */
public record RosterId(UUID value) {
    public RosterId {
        Require.nonNull(value, "rosterId");
    }

    /** A new random id. */
    public static RosterId random() {
        return new RosterId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RosterId of(String text) {
        return new RosterId(Ids.parse(text, "rosterId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
