package io.vigil.travel.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a record of the travel context (clearance). */
public record ClearanceId(UUID value) {
    public ClearanceId {
        Require.nonNull(value, "clearanceId");
    }

    /** A new random id. */
    public static ClearanceId random() {
        return new ClearanceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static ClearanceId of(String text) {
        return new ClearanceId(Ids.parse(text, "clearanceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
