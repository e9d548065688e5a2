package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a vehicle of the office's fleet. */
public record VehicleId(UUID value) {
    public VehicleId {
        Require.nonNull(value, "vehicleId");
    }

    /** A new random id. */
    public static VehicleId random() {
        return new VehicleId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static VehicleId of(String text) {
        return new VehicleId(Ids.parse(text, "vehicleId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
