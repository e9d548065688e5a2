package io.vigil.kernel.geo;

import io.vigil.kernel.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.prep.PreparedPolygon;

/**
 * A simple polygon on the map (an incident area, a warden zone, a restricted area), given by its
 * outer ring. Containment includes the boundary.
 */
public final class GeoArea {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** The most vertices for which a point test reads every edge rather than the locator's index. */
    private static final int FEW_VERTICES = 64;

    private final List<GeoPoint> ring;
    private final GeoBox bounds;
    private final PreparedGeometry prepared;
    /** The prepared polygon's own point locator, asked without building a JTS point per test. */
    private final PointOnGeometryLocator locator;
    /** The closed outline, for the same ray-crossing count over every edge of a small polygon. */
    private final Coordinate[] shell;
    private final boolean rectangle;

    private GeoArea(List<GeoPoint> ring) {
        this.ring = List.copyOf(ring);
        this.bounds = GeoBox.around(this.ring);
        Coordinate[] coordinates = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = coordinate(ring.get(i));
        }
        coordinates[ring.size()] = coordinates[0];
        Polygon polygon = FACTORY.createPolygon(coordinates);
        if (!polygon.isValid() || polygon.getArea() == 0) {
            throw new InvalidValueException("area", "must be a simple polygon that does not cross itself");
        }
        this.prepared = PreparedGeometryFactory.prepare(polygon);
        this.locator = ((PreparedPolygon) prepared).getPointLocator();
        this.shell = polygon.getExteriorRing().getCoordinates();
        this.rectangle = polygon.isRectangle();
    }

    /** A polygon from its vertices, in order, without repeating the first at the end. */
    public static GeoArea polygon(List<GeoPoint> vertices) {
        if (vertices == null || vertices.size() < 3) {
            throw new InvalidValueException("area", "must have at least 3 vertices");
        }
        List<GeoPoint> open = new ArrayList<>(vertices);
        if (open.size() > 3 && open.get(0).equals(open.get(open.size() - 1))) {
            open.remove(open.size() - 1);
        }
        return new GeoArea(open);
    }

    /** An axis-aligned rectangle. */
    public static GeoArea rectangle(GeoPoint southWest, GeoPoint northEast) {
        return polygon(List.of(southWest, GeoPoint.of(southWest.latitude(), northEast.longitude()),
                northEast, GeoPoint.of(northEast.latitude(), southWest.longitude())));
    }

    /** The vertices of the outer ring, first not repeated. */
    public List<GeoPoint> vertices() {
        return ring;
    }

    /** The bounding box. */
    public GeoBox bounds() {
        return bounds;
    }

    /**
     * Whether the point lies inside the area or on its boundary: the answer of the prepared
     * polygon's {@code covers} for the point (its bounds, then unless the polygon is a rectangle the
     * ray-crossing count of its point locator, which for a polygon of a few vertices counts every
     * edge instead of asking an index), without building a geometry for the point.
     */
    public boolean contains(GeoPoint point) {
        if (!bounds.contains(point)) {
            return false;
        }
        if (rectangle) {
            return true;
        }
        Coordinate c = coordinate(point);
        int location = shell.length <= FEW_VERTICES ? RayCrossingCounter.locatePointInRing(c, shell)
                : locator.locate(c);
        return location != Location.EXTERIOR;
    }

    /** Whether the straight segment between two points touches the area. */
    public boolean touchesSegment(GeoPoint from, GeoPoint to) {
        if (!bounds.intersects(GeoBox.around(from, to))) {
            return false;
        }
        Geometry line = from.equals(to)
                ? FACTORY.createPoint(coordinate(from))
                : FACTORY.createLineString(new Coordinate[] {coordinate(from), coordinate(to)});
        return prepared.intersects(line);
    }

    private static Coordinate coordinate(GeoPoint p) {
        return new Coordinate(p.longitude(), p.latitude());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoArea other && ring.equals(other.ring);
    }

    @Override
    public int hashCode() {
        return ring.hashCode();
    }

    @Override
    public String toString() {
        return "GeoArea" + ring;
    }
}
