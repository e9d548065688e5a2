package io.vigil.risk.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a facility. */
public record FacilityId(UUID value) {
    public FacilityId {
        Require.nonNull(value, "facilityId");
    }

    /** A new random id. */
    public static FacilityId random() {
        return new FacilityId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static FacilityId of(String text) {
        return new FacilityId(Ids.parse(text, "facilityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
