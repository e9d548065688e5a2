package io.vigil.rest.risk;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.SecurityAsset;
import java.time.Instant;
import java.util.List;

/**
 * A facility as the API shows it: each asset with its next maintenance and test dates, and for a
 * residence its surveys and whether the latest one is compliant ({@code null} when never surveyed).
 */
public record FacilityResource(String id, String office, long version, String name, FacilityKind kind,
                               String address, GeoPoint location, String residenceRef, List<Asset> assets,
                               List<ResidenceSurvey> surveys, Boolean compliant) implements Identified {

    /** An asset with its schedule. */
    public record Asset(SecurityAsset asset, boolean system, Instant nextMaintenance, Instant nextTest) {
    }

    public static FacilityResource from(Facility f) {
        return new FacilityResource(f.id().toString(), f.office().value(), f.version(), f.name(), f.kind(),
                f.address(), f.location(), f.residenceRef().orElse(null), f.assets().stream()
                .map(a -> new Asset(a, a.kind().system(), a.nextDue(CheckKind.MAINTENANCE), a.nextDue(CheckKind.TEST)))
                .toList(), f.surveys(), f.latestSurvey().map(ResidenceSurvey::compliant).orElse(null));
    }
}
