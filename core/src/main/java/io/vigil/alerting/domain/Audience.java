package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Whom an advisory addresses: everyone, a warden zone, travellers in an area (its outline), or a
 * category of personnel. Exactly the field its kind needs is given.
 */
public record Audience(AudienceKind kind, Optional<WardenZoneId> zone, List<GeoPoint> area, Optional<String> category) {
    public Audience {
        Require.nonNull(kind, "kind");
        Require.nonNull(zone, "zone");
        area = Require.noNulls(area, "area");
        Require.nonNull(category, "category");
        Require.that(zone.isPresent() == (kind == AudienceKind.ZONE), "zone", "must be given exactly for a ZONE audience");
        Require.that(area.isEmpty() != (kind == AudienceKind.AREA), "area", "must be given exactly for an AREA audience");
        Require.that(category.isPresent() == (kind == AudienceKind.CATEGORY),
                "category", "must be given exactly for a CATEGORY audience");
        if (kind == AudienceKind.AREA) {
            GeoArea.polygon(area);
        }
    }

    /** Everyone the office is responsible for. */
    public static Audience everyone() {
        return new Audience(AudienceKind.EVERYONE, Optional.empty(), List.of(), Optional.empty());
    }
}
