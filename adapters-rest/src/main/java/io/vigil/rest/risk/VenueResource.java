package io.vigil.rest.risk;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueKind;
import java.time.Instant;
import java.util.List;

/** A venue assessment as the API shows it; {@code usableNow} is approved and not lapsed at the time of the request. */
public record VenueResource(String id, String office, long version, String name, VenueKind kind, String address,
                            GeoPoint location, int rating, List<String> findings, boolean approvedForStaff,
                            String assessedBy, Instant assessedAt, Instant validUntil, boolean usableNow)
        implements Identified {

    public static VenueResource from(VenueAssessment v, Instant now) {
        return new VenueResource(v.id().toString(), v.office().value(), v.version(), v.name(), v.kind(), v.address(),
                v.location(), v.rating(), v.findings(), v.approvedForStaff(), v.assessedBy(), v.assessedAt(),
                v.validUntil(), v.usableAt(now));
    }
}
