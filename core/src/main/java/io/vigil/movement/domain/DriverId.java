package io.vigil.movement.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a driver of the office. */
public record DriverId(UUID value) {
    public DriverId {
        Require.nonNull(value, "driverId");
    }

    /** A new random id. */
    public static DriverId random() {
        return new DriverId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static DriverId of(String text) {
        return new DriverId(Ids.parse(text, "driverId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
