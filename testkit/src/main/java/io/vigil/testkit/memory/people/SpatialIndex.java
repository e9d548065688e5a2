package io.vigil.testkit.memory.people;

import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;

/** A dynamic quadtree of boxes per key, for the locator's candidate queries; guarded by the caller. */
final class SpatialIndex<K> {
    /**
     * Half the side (in degrees, about a centimetre) given to points in the tree. JTS's quadtree
     * widens zero-size envelopes to the smallest non-zero extent it has seen, which is a whole
     * degree while it holds only points: every point would then sit in a 100 km box.
     */
    private static final double POINT_PAD = 1e-7;

    private final Quadtree tree = new Quadtree();
    private final Map<K, List<Envelope>> entries = new ConcurrentHashMap<>();

    void put(K key, List<GeoBox> boxes) {
        List<Envelope> envelopes = new ArrayList<>(boxes.size());
        for (GeoBox b : boxes) {
            Envelope e = envelope(b);
            tree.insert(padded(e), key);
            envelopes.add(e);
        }
        entries.put(key, envelopes);
    }

    void remove(K key) {
        List<Envelope> envelopes = entries.remove(key);
        if (envelopes != null) {
            envelopes.forEach(e -> tree.remove(padded(e), key));
        }
    }

    @SuppressWarnings("unchecked")
    Set<K> query(GeoBox box) {
        Envelope search = envelope(box);
        Set<K> result = new LinkedHashSet<>();
        tree.query(search, item -> {
            // the quadtree returns items of overlapping nodes; keep only true box overlaps
            K key = (K) item;
            for (Envelope e : entries.getOrDefault(key, List.of())) {
                if (e.intersects(search)) {
                    result.add(key);
                    return;
                }
            }
        });
        return result;
    }

    static GeoBox point(GeoPoint p) {
        return new GeoBox(p.latitude(), p.longitude(), p.latitude(), p.longitude());
    }

    private static Envelope padded(Envelope e) {
        if (e.getWidth() > 0 && e.getHeight() > 0) {
            return e;
        }
        Envelope p = new Envelope(e);
        p.expandBy(e.getWidth() > 0 ? 0 : POINT_PAD, e.getHeight() > 0 ? 0 : POINT_PAD);
        return p;
    }

    private static Envelope envelope(GeoBox b) {
        return new Envelope(b.minLongitude(), b.maxLongitude(), b.minLatitude(), b.maxLatitude());
    }
}
