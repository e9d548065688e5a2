package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;

/** A named place with its point. */
public record Place(String name, GeoPoint point) {
    /** The longest name. */
    public static final int MAX_NAME = 200;

    public Place {
        name = Require.text(name, "name", MAX_NAME);
        Require.nonNull(point, "point");
    }

    @Override
    public String toString() {
        return name;
    }
}
