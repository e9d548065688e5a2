package io.vigil.crisis.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a drill or exercise. */
public record ExerciseId(UUID value) {
    public ExerciseId {
        Require.nonNull(value, "exerciseId");
    }

    /** A new random id. */
    public static ExerciseId random() {
        return new ExerciseId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ExerciseId of(String text) {
        return new ExerciseId(Ids.parse(text, "exerciseId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
