package io.vigil.awareness.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/** A named area of the office where a course is required, given by its outline (3 to 200 vertices). */
public record DesignatedArea(String name, List<GeoPoint> vertices) {
    /** The most vertices an area's outline may have. */
    public static final int MAX_VERTICES = 200;

    public DesignatedArea {
        name = Require.text(name, "name", 200);
        vertices = Require.noNulls(vertices, "vertices");
        Require.that(vertices.size() <= MAX_VERTICES, "vertices", "must have at most " + MAX_VERTICES + " points");
        GeoArea.polygon(vertices);
    }

    /** The outline as a polygon. */
    public GeoArea area() {
        return GeoArea.polygon(vertices);
    }
}
