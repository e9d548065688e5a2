package io.vigil.incident.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where an incident happened, as a caller gives it: a description and a point or an area (3 to 200 points). */
public record PlaceDetails(
        @NotBlank @Size(max = 300) String description,
        GeoPoint point,
        @Size(max = 200) List<@NotNull GeoPoint> area) {
    public PlaceDetails {
        area = area == null ? List.of() : area;
    }
}
