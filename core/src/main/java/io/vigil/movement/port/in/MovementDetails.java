package io.vigil.movement.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.VehicleId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A movement plan as a caller creates or changes it: the route's points in order, the vehicles in
 * convoy order (the first leads), the drivers, an optional convoy leader and escort, the times, the
 * passengers and the call-in schedule (every N minutes, with M minutes of grace).
 */
public record MovementDetails(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 2, max = 100) List<@NotNull GeoPoint> route,
        @NotNull @Size(min = 1, max = 20) List<@NotNull VehicleId> vehicles,
        @Size(max = 20) List<@NotNull DriverId> drivers,
        PersonId convoyLeader,
        @Size(max = 300) String escort,
        @NotNull Instant departure,
        @NotNull Instant arrival,
        @Size(max = 60) List<@NotNull PersonId> passengers,
        @Min(5) @Max(1440) int callInEveryMinutes,
        @Min(0) @Max(120) int callInGraceMinutes) {
    public MovementDetails {
        drivers = drivers == null ? List.of() : drivers;
        passengers = passengers == null ? List.of() : passengers;
        escort = escort == null || escort.isBlank() ? null : escort;
    }
}
