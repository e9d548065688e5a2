package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a river transport option. */
public record RiverOptionId(UUID value) {
    public RiverOptionId {
        Require.nonNull(value, "riverOptionId");
    }

    /** A new random id. */
    public static RiverOptionId random() {
        return new RiverOptionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RiverOptionId of(String text) {
        return new RiverOptionId(Ids.parse(text, "riverOptionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
