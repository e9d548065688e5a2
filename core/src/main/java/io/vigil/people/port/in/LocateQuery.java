package io.vigil.people.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** "Who is, or was, within this area between these times": the area's vertices and the window. */
public record LocateQuery(@NotNull @Size(min = 3, max = 1000) List<@NotNull GeoPoint> area,
                          @NotNull Instant from, @NotNull Instant to) {
}
