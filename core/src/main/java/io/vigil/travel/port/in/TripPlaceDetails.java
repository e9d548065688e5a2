package io.vigil.travel.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place as a caller names it: its name and point. */
public record TripPlaceDetails(@NotBlank @Size(max = 200) String name, @NotNull GeoPoint point) {
}
