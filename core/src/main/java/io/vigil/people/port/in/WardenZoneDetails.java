package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a warden zone: its id (chosen by the office, e.g. {@code CDMX-SUR}),
 * name, outline (at least three vertices), warden and alternates (in the order they stand in).
 */
public record WardenZoneDetails(
        @NotNull WardenZoneId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(min = 3, max = 5000) List<@NotNull GeoPoint> outline,
        @NotNull PersonId warden,
        @Size(max = 20) List<@NotNull PersonId> alternates) {

    public WardenZoneDetails {
        alternates = alternates == null ? List.of() : alternates;
    }
}
