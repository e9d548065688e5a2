package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Where an incident happened: a description and either a point or an area (an outline of 3 to
 * {@value #MAX_VERTICES} points), never both; or, for a flash report from the field that the
 * officer is still to complete, neither ({@link #unplaced}). A caller always gives one of them.
 */
public record IncidentPlace(String description, Optional<GeoPoint> point, List<GeoPoint> area) {
    /** The most vertices of an incident's area. */
    public static final int MAX_VERTICES = 200;

    public IncidentPlace {
        description = Require.text(description, "place.description", 300);
        point = point == null ? Optional.empty() : point;
        area = Require.noNulls(area, "place.area");
        Require.that(point.isEmpty() || area.isEmpty(), "place", "must give either a point or an area, not both");
        Require.that(area.size() <= MAX_VERTICES, "place.area", "must have at most " + MAX_VERTICES + " points");
        if (!area.isEmpty()) {
            Require.that(area.size() >= 3, "place.area", "must have at least 3 points");
            GeoArea.polygon(area);
        }
    }

    /** A place only described, to be completed with a point or an area (a flash report by SMS). */
    public static IncidentPlace unplaced(String description) {
        return new IncidentPlace(description, Optional.empty(), List.of());
    }

    /** Whether the place has a point or an area. */
    public boolean placed() {
        return point.isPresent() || !area.isEmpty();
    }

    /** Whether the incident happened inside {@code region}: its point, or any vertex of its area. */
    public boolean within(GeoArea region) {
        return point.map(region::contains).orElseGet(() -> area.stream().anyMatch(region::contains));
    }
}
