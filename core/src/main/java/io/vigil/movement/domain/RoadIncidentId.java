package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a road incident. */
public record RoadIncidentId(UUID value) {
    public RoadIncidentId {
        Require.nonNull(value, "roadIncidentId");
    }

    /** A new random id. */
    public static RoadIncidentId random() {
        return new RoadIncidentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static RoadIncidentId of(String text) {
        return new RoadIncidentId(Ids.parse(text, "roadIncidentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
