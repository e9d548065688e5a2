package io.vigil.testkit.memory.people;

import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Time spans with a box each, by key, found by overlap with a window; guarded by the caller. A span
 * is one entry however long it is: entries are kept by start in one ordered map per length class
 * (class {@code k} holds spans shorter than 4<sup>k</sup> days, the last class every longer one), so
 * a window {@code [from, to]} reads, per class, only the spans starting between {@code from} minus
 * the class's length and {@code to}.
 */
final class TimeSpanIndex<K> {
    /** The class of spans of 4<sup>8</sup> = 65,536 days (about 179 years) or longer: read from the first start. */
    static final int OPEN = 9;
    private static final long SECONDS_PER_DAY = 86_400;

    private record Entry<K>(K key, GeoBox box, Instant start, Instant end) {
    }

    private final List<NavigableMap<Instant, List<Entry<K>>>> byClass = new ArrayList<>();

    TimeSpanIndex() {
        for (int k = 0; k <= OPEN; k++) {
            byClass.add(new TreeMap<>());
        }
    }

    void put(K key, GeoBox box, Instant start, Instant end) {
        byClass.get(lengthClass(start, end)).computeIfAbsent(start, s -> new ArrayList<>())
                .add(new Entry<>(key, box, start, end));
    }

    void remove(K key, Instant start, Instant end) {
        NavigableMap<Instant, List<Entry<K>>> map = byClass.get(lengthClass(start, end));
        List<Entry<K>> entries = map.get(start);
        if (entries != null) {
            entries.removeIf(e -> e.key().equals(key));
            if (entries.isEmpty()) {
                map.remove(start);
            }
        }
    }

    /** The keys of the spans sharing an instant with {@code window} whose box meets {@code box}. */
    Set<K> query(GeoBox box, TimeWindow window) {
        Set<K> keys = new LinkedHashSet<>();
        for (int k = 0; k <= OPEN; k++) {
            NavigableMap<Instant, List<Entry<K>>> map = byClass.get(k);
            NavigableMap<Instant, List<Entry<K>>> starting = k == OPEN ? map.headMap(window.to(), true)
                    : map.subMap(earliestStart(k, window.from()), true, window.to(), true);
            for (List<Entry<K>> entries : starting.values()) {
                for (Entry<K> e : entries) {
                    if (!e.end().isBefore(window.from()) && e.box().intersects(box)) {
                        keys.add(e.key());
                    }
                }
            }
        }
        return keys;
    }

    /** The smallest class whose spans are all longer than this one, or {@link #OPEN}. */
    static int lengthClass(Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        int k = 0;
        while (k < OPEN && length.compareTo(Duration.ofDays(days(k))) >= 0) {
            k++;
        }
        return k;
    }

    private static long days(int k) {
        return 1L << (2 * k);
    }

    private static Instant earliestStart(int k, Instant from) {
        long seconds = days(k) * SECONDS_PER_DAY;
        return from.getEpochSecond() - Instant.MIN.getEpochSecond() < seconds ? Instant.MIN : from.minusSeconds(seconds);
    }

    /** How many entries the index holds: one per span put and not removed. */
    int size() {
        return byClass.stream().mapToInt(m -> m.values().stream().mapToInt(List::size).sum()).sum();
    }
}
