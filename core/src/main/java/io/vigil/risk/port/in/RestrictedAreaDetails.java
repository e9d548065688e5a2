package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.MovementRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a caller says about a restricted or high-risk area; {@code validTo} may be open. */
public record RestrictedAreaDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(min = 3, max = 5000) List<@NotNull GeoPoint> outline,
        @NotEmpty Set<@NotNull MovementRule> rules,
        @Size(max = 2000) String reason,
        @NotNull Instant validFrom,
        Instant validTo) {
}
