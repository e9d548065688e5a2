package io.vigil.people.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a mission. */
public record MissionId(UUID value) {
    public MissionId {
        Require.nonNull(value, "missionId");
    }

    /** A new random id. */
    public static MissionId random() {
        return new MissionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static MissionId of(String text) {
        return new MissionId(Ids.parse(text, "missionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
