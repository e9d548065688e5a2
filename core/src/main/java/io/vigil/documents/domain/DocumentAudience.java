package io.vigil.documents.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Whom a procedure applies to, or a dissemination is sent to, resolved as alerting's advisories
 * and tests resolve theirs: everyone, a category, a unit, a warden zone, or the travellers to an
 * area (an outline of at most {@value #MAX_VERTICES} vertices). Exactly the field its kind needs
 * is given.
 */
public record DocumentAudience(AudienceKind kind, Optional<String> category, Optional<String> unit,
                       Optional<WardenZoneId> zone, List<GeoPoint> area) {
    /** The most vertices of an area's outline. */
    public static final int MAX_VERTICES = 1000;
    /** How many days ahead the locator is asked who will be in an AREA audience's outline. */
    public static final int TRAVEL_DAYS = 30;

    public DocumentAudience {
        Require.nonNull(kind, "kind");
        category = Require.nonNull(category, "category").map(String::strip).filter(s -> !s.isEmpty());
        unit = Require.nonNull(unit, "unit").map(String::strip).filter(s -> !s.isEmpty());
        Require.nonNull(zone, "zone");
        area = Require.noNulls(area, "area");
        Require.that(category.map(c -> c.length() <= 40).orElse(true), "category", "must be at most 40 characters");
        Require.that(unit.map(c -> c.length() <= 100).orElse(true), "unit", "must be at most 100 characters");
        Require.that(area.size() <= MAX_VERTICES, "area", "must have at most " + MAX_VERTICES + " vertices");
        Require.that(category.isPresent() == (kind == AudienceKind.CATEGORY), "category",
                "must be given exactly for a CATEGORY audience");
        Require.that(unit.isPresent() == (kind == AudienceKind.UNIT), "unit",
                "must be given exactly for a UNIT audience");
        Require.that(zone.isPresent() == (kind == AudienceKind.ZONE), "zone",
                "must be given exactly for a ZONE audience");
        Require.that(area.isEmpty() != (kind == AudienceKind.AREA), "area",
                "must be given exactly for an AREA audience");
        if (kind == AudienceKind.AREA) {
            GeoArea.polygon(area);
        }
    }

    /** Everyone the office is responsible for. */
    public static DocumentAudience everyone() {
        return new DocumentAudience(AudienceKind.EVERYONE, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** One organisation unit. */
    public static DocumentAudience unit(String unit) {
        return new DocumentAudience(AudienceKind.UNIT, Optional.empty(), Optional.of(unit), Optional.empty(), List.of());
    }

    /** One category of personnel. */
    public static DocumentAudience category(String category) {
        return new DocumentAudience(AudienceKind.CATEGORY, Optional.of(category), Optional.empty(), Optional.empty(),
                List.of());
    }
}
