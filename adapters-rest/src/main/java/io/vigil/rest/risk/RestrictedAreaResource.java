package io.vigil.rest.risk;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.RestrictedArea;
import java.time.Instant;
import java.util.List;

/** A restricted or high-risk area as the API shows it; {@code validTo} is null while open-ended. */
public record RestrictedAreaResource(String id, String office, long version, String name, List<GeoPoint> outline,
                                     List<MovementRule> rules, String reason, Instant validFrom, Instant validTo)
        implements Identified {

    public static RestrictedAreaResource from(RestrictedArea a) {
        return new RestrictedAreaResource(a.id().toString(), a.office().value(), a.version(), a.name(), a.outline(),
                a.rules().stream().sorted().toList(), a.reason(), a.validFrom(), a.validTo().orElse(null));
    }
}
