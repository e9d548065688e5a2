package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Where an incident happened: a description and either a point or an area (an outline of 3 to
 * {@value #MAX_VERTICES} points), never both.
 */
public record IncidentPlace(String description, Optional<GeoPoint> point, List<GeoPoint> area) {
    /** The most vertices of an incident's area. */
    public static final int MAX_VERTICES = 200;

    public IncidentPlace {
        description = Require.text(description, "place.description", 300);
        point = point == null ? Optional.empty() : point;
        area = Require.noNulls(area, "place.area");
        Require.that(point.isPresent() != !area.isEmpty(), "place", "must give either a point or an area, not both");
        Require.that(area.size() <= MAX_VERTICES, "place.area", "must have at most " + MAX_VERTICES + " points");
        if (!area.isEmpty()) {
            Require.that(area.size() >= 3, "place.area", "must have at least 3 points");
            GeoArea.polygon(area);
        }
    }

    /** Whether the incident happened inside {@code region}: its point, or any vertex of its area. */
    public boolean within(GeoArea region) {
        return point.map(region::contains).orElseGet(() -> area.stream().anyMatch(region::contains));
    }
}
