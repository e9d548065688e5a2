package io.vigil.movement.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.VehicleId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A road incident as a caller records it: when (not in the future), where, the office's vehicle and
 * driver if any, the persons involved, what happened, the movement it happened on if any.
 */
public record RoadIncidentDetails(
        @NotNull Instant at,
        @NotBlank @Size(max = 200) String place,
        GeoPoint where,
        VehicleId vehicle,
        DriverId driver,
        @Size(max = 60) List<@NotNull PersonId> persons,
        @NotBlank @Size(max = 4000) String description,
        MovementId movement) {
    public RoadIncidentDetails {
        persons = persons == null ? List.of() : persons;
    }
}
