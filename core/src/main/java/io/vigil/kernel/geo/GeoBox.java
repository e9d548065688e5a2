package io.vigil.kernel.geo;

import io.vigil.kernel.InvalidValueException;
import java.util.Collection;

/** An axis-aligned bounding box in degrees, the coarse filter adapters use before exact geometry. */
public record GeoBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {
    public GeoBox {
        if (!(minLatitude <= maxLatitude)) {
            throw new InvalidValueException("minLatitude", "must not exceed maxLatitude");
        }
        if (!(minLongitude <= maxLongitude)) {
            throw new InvalidValueException("minLongitude", "must not exceed maxLongitude");
        }
    }

    /** The smallest box holding every point. */
    public static GeoBox around(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            throw new InvalidValueException("points", "must not be empty");
        }
        double minLat = 90, minLon = 180, maxLat = -90, maxLon = -180;
        for (GeoPoint p : points) {
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
        }
        return new GeoBox(minLat, minLon, maxLat, maxLon);
    }

    /** The smallest box holding both points, as {@link #around(Collection)} gives it for the two. */
    public static GeoBox around(GeoPoint a, GeoPoint b) {
        return new GeoBox(Math.min(a.latitude(), b.latitude()), Math.min(a.longitude(), b.longitude()),
                Math.max(a.latitude(), b.latitude()), Math.max(a.longitude(), b.longitude()));
    }

    /** Whether the point lies in the box or on its edge. */
    public boolean contains(GeoPoint p) {
        return p.latitude() >= minLatitude && p.latitude() <= maxLatitude
                && p.longitude() >= minLongitude && p.longitude() <= maxLongitude;
    }

    /** Whether the two boxes share at least one point. */
    public boolean intersects(GeoBox other) {
        return other.minLatitude <= maxLatitude && other.maxLatitude >= minLatitude
                && other.minLongitude <= maxLongitude && other.maxLongitude >= minLongitude;
    }
}
