package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;

/** A named place of a trip (a leg's end or an overnight stop) with its point. */
public record TripPlace(String name, GeoPoint point) {
    /** The longest name. */
    public static final int MAX_NAME = 200;

    public TripPlace {
        name = Require.text(name, "name", MAX_NAME);
        Require.nonNull(point, "point");
    }

    @Override
    public String toString() {
        return name;
    }
}
