package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Whom an advisory addresses: everyone, a warden zone, travellers in an area (its outline), or a
 * category of personnel. Exactly the field its kind needs is given. Limits: an area of at most
 * {@value #MAX_VERTICES} vertices, a category of 40 characters.
 */
public record Audience(AudienceKind kind, Optional<WardenZoneId> zone, List<GeoPoint> area, Optional<String> category) {
    /** The most vertices an area's outline may have, as a roll-call's. */
    public static final int MAX_VERTICES = 1000;

    public Audience {
        Require.nonNull(kind, "kind");
        Require.nonNull(zone, "zone");
        area = Require.noNulls(area, "area");
        Require.nonNull(category, "category");
        Require.that(area.size() <= MAX_VERTICES, "area", "must have at most " + MAX_VERTICES + " vertices");
        Require.that(category.map(c -> c.length() <= 40).orElse(true), "category",
                "must be at most 40 characters");
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
