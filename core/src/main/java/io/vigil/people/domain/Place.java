package io.vigil.people.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;

/** A named point on an itinerary (an airport, a town, a river port). */
public record Place(String name, GeoPoint point) {
    public Place {
        name = Require.text(name, "name", 200);
        Require.nonNull(point, "point");
    }
}
