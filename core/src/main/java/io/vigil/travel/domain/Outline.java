package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/** A named area: its name and the vertices of its outline. */
public record Outline(String name, List<GeoPoint> vertices) {
    public Outline {
        name = Require.text(name, "name", 200);
        vertices = Require.noNulls(vertices, "vertices");
        GeoArea.polygon(vertices);
    }

    /** The outline as geometry. */
    public GeoArea area() {
        return GeoArea.polygon(vertices);
    }
}
