package io.vigil.awareness.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A designated area as a caller gives it: a name and its outline (3 to 200 vertices, in order). */
public record AreaDetails(@NotBlank @Size(max = 200) String name,
                          @NotNull @Size(min = 3, max = 200) List<@NotNull GeoPoint> vertices) {
}
