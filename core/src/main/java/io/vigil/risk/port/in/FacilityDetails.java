package io.vigil.risk.port.in;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.SecurityAsset;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a facility and its security systems and equipment (with their check
 * results so far); surveys are recorded one by one.
 */
public record FacilityDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull FacilityKind kind,
        @NotBlank @Size(max = 500) String address,
        @NotNull GeoPoint location,
        @Size(max = 36) String residenceRef,
        @NotNull @Size(max = 500) List<@NotNull SecurityAsset> assets) {
    public FacilityDetails {
        assets = assets == null ? List.of() : assets;
    }
}
