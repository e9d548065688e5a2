package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.VenueKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What a caller says about a venue assessment; the assessor is the actor. */
public record VenueDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull VenueKind kind,
        @NotBlank @Size(max = 500) String address,
        @NotNull GeoPoint location,
        @Min(1) @Max(5) int rating,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 2000) String> findings,
        boolean approvedForStaff,
        @NotNull Instant assessedAt,
        @NotNull Instant validUntil) {
    public VenueDetails {
        findings = findings == null ? List.of() : findings;
    }
}
