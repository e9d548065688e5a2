package io.vigil.testkit.memory;

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
    private final Quadtree tree = new Quadtree();
    private final Map<K, List<Envelope>> entries = new ConcurrentHashMap<>();

    void put(K key, List<GeoBox> boxes) {
        List<Envelope> envelopes = new ArrayList<>(boxes.size());
        for (GeoBox b : boxes) {
            Envelope e = envelope(b);
            tree.insert(e, key);
            envelopes.add(e);
        }
        entries.put(key, envelopes);
    }

    void remove(K key) {
        List<Envelope> envelopes = entries.remove(key);
        if (envelopes != null) {
            envelopes.forEach(e -> tree.remove(e, key));
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

    private static Envelope envelope(GeoBox b) {
        return new Envelope(b.minLongitude(), b.maxLongitude(), b.minLatitude(), b.maxLatitude());
    }
}
