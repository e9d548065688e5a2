package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a movement plan. */
public record MovementId(UUID value) {
    public MovementId {
        Require.nonNull(value, "movementId");
    }

    /** A new random id. */
    public static MovementId random() {
        return new MovementId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static MovementId of(String text) {
        return new MovementId(Ids.parse(text, "movementId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
