package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a site inspection of the guard-force context. */
public record InspectionId(UUID value) {
    public InspectionId {
        Require.nonNull(value, "inspectionId");
    }

    /** A new random id. */
    public static InspectionId random() {
        return new InspectionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static InspectionId of(String text) {
        return new InspectionId(Ids.parse(text, "inspectionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
