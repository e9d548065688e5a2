package io.vigil.crisis.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an activation of the crisis team. */
public record ActivationId(UUID value) {
    public ActivationId {
        Require.nonNull(value, "activationId");
    }

    /** A new random id. */
    public static ActivationId random() {
        return new ActivationId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ActivationId of(String text) {
        return new ActivationId(Ids.parse(text, "activationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
