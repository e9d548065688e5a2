package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** "Which movement rules apply at this point, or along this route, at this time": one point or a line. */
public record RuleQuery(@NotNull @Size(min = 1, max = 5000) List<@NotNull GeoPoint> route, @NotNull Instant at) {
}
