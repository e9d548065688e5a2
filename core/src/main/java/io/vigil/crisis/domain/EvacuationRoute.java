package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/**
 * A route out of an area: primary or alternate, from where to where (in words) and its way on the
 * map (two to {@link #MAX_POINTS} points).
 */
public record EvacuationRoute(String name, RouteKind kind, String from, String to, List<GeoPoint> points) {
    /** The most points of a route. */
    public static final int MAX_POINTS = 500;

    public EvacuationRoute {
        name = Require.text(name, "name", 200);
        Require.nonNull(kind, "kind");
        from = Require.text(from, "from", 200);
        to = Require.text(to, "to", 200);
        points = Require.noNulls(points, "points");
        Require.that(points.size() >= 2 && points.size() <= MAX_POINTS, "points",
                "must be 2 to " + MAX_POINTS + " points");
    }
}
