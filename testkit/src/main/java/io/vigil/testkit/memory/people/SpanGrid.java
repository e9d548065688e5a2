package io.vigil.testkit.memory.people;

import io.vigil.kernel.geo.GeoBox;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Boxes with a time span each, by key, for the locator's candidate queries; guarded by the caller.
 * One entry per box and span, however large or long, held in primitive arrays (no object per
 * entry but the key the caller already has).
 *
 * <p>An entry lives in one cell of a hierarchical grid in space and time. In space, a point is
 * filed in the {@value #BASE_DEGREES}-degree cell holding it (level 0); a box at the first level
 * {@code s >= 1} whose cells ({@value #BASE_DEGREES} &times; 2<sup>s-1</sup> degrees) are at least
 * twice its width and height (or the last, whose 655-degree cells are wider than any box), in the
 * cell of its south-west corner, so it reaches at most the next cell east and north. In time, a span at the first level {@code t} whose buckets
 * ({@value #BASE_SECONDS} s &times; 4<sup>t</sup>) are at least as long as it, in the bucket of its
 * start, so it reaches at most the next bucket; a span longer than the last bounded level (about
 * 7,600 years, which includes "always") in one open bucket. A query visits, per pair of levels
 * that holds entries, the cells its box and window may reach (one more westward, southward and
 * earlier than its own), each a lookup in an open-addressing table of chains; where that would be
 * more lookups than the pair has entries (a very large box, a very long window), it reads instead
 * each entry of the pair once, from a list of the pair's entries: a query costs at most about one
 * lookup or one test per entry stored, and usually a few thousand lookups. It returns every key with an entry whose box meets the query box
 * and whose span meets the window (edges included, times widened to whole seconds): possibly more
 * than an exact test would, never fewer.
 */
final class SpanGrid<K> {
    /** The side of a level-0 cell, in degrees (about a kilometre). */
    static final double BASE_DEGREES = 0.01;
    /** The length of a level-0 bucket, in seconds. */
    static final long BASE_SECONDS = 3_600;
    /** Space levels: 0 for points, 1 to 17 for boxes (level 17 cells are 655 degrees, wider than the Earth). */
    private static final int SPACE_LEVELS = 18;
    /** Time levels: 0 to 13 bounded (level 13 buckets are about 7,600 years), 15 the open bucket. */
    private static final int TIME_LEVELS = 16;
    private static final int OPEN = TIME_LEVELS - 1;
    private static final int LAST_BOUNDED = 13;
    private static final int NONE = -1;
    private static final int UNUSED = Integer.MIN_VALUE;

    // entries: box (min lon, min lat, max lon, max lat), span (start, end seconds), cell chain, key
    private double[] boxes = new double[4 * 16];
    private long[] spans = new long[2 * 16];
    private int[] next = new int[16];
    // every entry of a pair of levels, doubly linked, for queries that read the pair whole
    private int[] pairNext = new int[16];
    private int[] pairPrevious = new int[16];
    private Object[] keys = new Object[16];
    private int used;
    private int free = NONE;
    private int size;
    private final int[] perPair = new int[SPACE_LEVELS * TIME_LEVELS];
    private final int[] pairHeads = pairHeads();

    // cells: packed cell key -> first entry of its chain (NONE for an emptied cell), open addressing
    private long[] cellKeys = new long[64];
    private int[] heads = filled(64);
    private int cells;

    /** Files one entry for the key. */
    void put(K key, GeoBox box, Instant start, Instant end) {
        long from = floorSeconds(start);
        long to = ceilSeconds(end);
        int s = spaceLevel(box);
        int t = timeLevel(from, to);
        int slot = cellSlot(cellKey(s, t, box, from), true);
        int e = allocate();
        boxes[4 * e] = box.minLongitude();
        boxes[4 * e + 1] = box.minLatitude();
        boxes[4 * e + 2] = box.maxLongitude();
        boxes[4 * e + 3] = box.maxLatitude();
        spans[2 * e] = from;
        spans[2 * e + 1] = to;
        keys[e] = key;
        next[e] = heads[slot];
        heads[slot] = e;
        int pair = s * TIME_LEVELS + t;
        pairPrevious[e] = NONE;
        pairNext[e] = pairHeads[pair];
        if (pairHeads[pair] != NONE) {
            pairPrevious[pairHeads[pair]] = e;
        }
        pairHeads[pair] = e;
        perPair[pair]++;
        size++;
    }

    /** Removes one entry of the key filed with this box and span, if there is one. */
    void remove(K key, GeoBox box, Instant start, Instant end) {
        long from = floorSeconds(start);
        long to = ceilSeconds(end);
        int s = spaceLevel(box);
        int t = timeLevel(from, to);
        int slot = cellSlot(cellKey(s, t, box, from), false);
        if (slot < 0) {
            return;
        }
        int previous = NONE;
        for (int e = heads[slot]; e != NONE; previous = e, e = next[e]) {
            if (key.equals(keys[e]) && spans[2 * e] == from && spans[2 * e + 1] == to
                    && boxes[4 * e] == box.minLongitude() && boxes[4 * e + 1] == box.minLatitude()
                    && boxes[4 * e + 2] == box.maxLongitude() && boxes[4 * e + 3] == box.maxLatitude()) {
                if (previous == NONE) {
                    heads[slot] = next[e];
                } else {
                    next[previous] = next[e];
                }
                int pair = s * TIME_LEVELS + t;
                if (pairPrevious[e] == NONE) {
                    pairHeads[pair] = pairNext[e];
                } else {
                    pairNext[pairPrevious[e]] = pairNext[e];
                }
                if (pairNext[e] != NONE) {
                    pairPrevious[pairNext[e]] = pairPrevious[e];
                }
                keys[e] = null;
                next[e] = free;
                free = e;
                perPair[pair]--;
                size--;
                return;
            }
        }
    }

    /** The keys with an entry meeting the box during the window (see the class comment), each once. */
    @SuppressWarnings("unchecked")
    Set<K> query(GeoBox box, Instant start, Instant end) {
        long from = floorSeconds(start);
        long to = ceilSeconds(end);
        Set<K> found = new LinkedHashSet<>();
        for (int s = 0; s < SPACE_LEVELS; s++) {
            double side = side(s);
            long x0 = cell(box.minLongitude(), side) - (s == 0 ? 0 : 1);
            long x1 = cell(box.maxLongitude(), side);
            long y0 = cell(box.minLatitude(), side) - (s == 0 ? 0 : 1);
            long y1 = cell(box.maxLatitude(), side);
            for (int t = 0; t < TIME_LEVELS; t++) {
                int pair = s * TIME_LEVELS + t;
                if (perPair[pair] == 0) {
                    continue;
                }
                long b0 = t == OPEN ? 0 : Math.floorDiv(from, length(t)) - 1;
                long b1 = t == OPEN ? 0 : Math.floorDiv(to, length(t));
                double lookups = (double) (x1 - x0 + 1) * (y1 - y0 + 1) * (b1 - b0 + 1);
                if (lookups > perPair[pair]) {
                    for (int e = pairHeads[pair]; e != NONE; e = pairNext[e]) {
                        if (meets(e, box, from, to)) {
                            found.add((K) keys[e]);
                        }
                    }
                    continue;
                }
                for (long b = b0; b <= b1; b++) {
                    for (long x = x0; x <= x1; x++) {
                        for (long y = y0; y <= y1; y++) {
                            int slot = cellSlot(pack(s, t, x, y, b), false);
                            for (int e = slot < 0 ? NONE : heads[slot]; e != NONE; e = next[e]) {
                                if (meets(e, box, from, to)) {
                                    found.add((K) keys[e]);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** How many entries the grid holds: one per {@link #put} not removed. */
    int size() {
        return size;
    }

    /** The bytes of the grid's arrays (entries and cells), without the keys themselves. */
    long bytes() {
        return 8L * boxes.length + 8L * spans.length + 4L * next.length + 4L * pairNext.length
                + 4L * pairPrevious.length + 4L * keys.length + 8L * cellKeys.length + 4L * heads.length
                + 4L * perPair.length + 4L * pairHeads.length;
    }

    private boolean meets(int e, GeoBox box, long from, long to) {
        return spans[2 * e] <= to && spans[2 * e + 1] >= from
                && boxes[4 * e] <= box.maxLongitude() && boxes[4 * e + 2] >= box.minLongitude()
                && boxes[4 * e + 1] <= box.maxLatitude() && boxes[4 * e + 3] >= box.minLatitude();
    }

    private int allocate() {
        if (free != NONE) {
            int e = free;
            free = next[e];
            return e;
        }
        if (used == keys.length) {
            int capacity = keys.length + (keys.length >> 1);
            boxes = Arrays.copyOf(boxes, 4 * capacity);
            spans = Arrays.copyOf(spans, 2 * capacity);
            next = Arrays.copyOf(next, capacity);
            pairNext = Arrays.copyOf(pairNext, capacity);
            pairPrevious = Arrays.copyOf(pairPrevious, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        return used++;
    }

    /** The table slot of the cell key; when absent, a new empty cell if {@code create}, else -1. */
    private int cellSlot(long key, boolean create) {
        int mask = cellKeys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (heads[i] == UNUSED) {
                if (!create) {
                    return -1;
                }
                if (2 * (cells + 1) > cellKeys.length) {
                    grow();
                    return cellSlot(key, true);
                }
                cellKeys[i] = key;
                heads[i] = NONE;
                cells++;
                return i;
            }
            if (cellKeys[i] == key) {
                return i;
            }
        }
    }

    private void grow() {
        long[] oldKeys = cellKeys;
        int[] oldHeads = heads;
        cellKeys = new long[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        int mask = cellKeys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldHeads[j] != UNUSED) {
                int i = mix(oldKeys[j]) & mask;
                while (heads[i] != UNUSED) {
                    i = (i + 1) & mask;
                }
                cellKeys[i] = oldKeys[j];
                heads[i] = oldHeads[j];
            }
        }
    }

    private static int[] pairHeads() {
        int[] a = new int[SPACE_LEVELS * TIME_LEVELS];
        Arrays.fill(a, NONE);
        return a;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, UNUSED);
        return a;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    private static long cellKey(int s, int t, GeoBox box, long from) {
        double side = side(s);
        return pack(s, t, cell(box.minLongitude(), side), cell(box.minLatitude(), side),
                t == OPEN ? 0 : Math.floorDiv(from, length(t)));
    }

    /**
     * Level, cell and bucket in one long: 5 bits of space level, 4 of time level, then the low 18
     * bits of the column, 17 of the row and 20 of the bucket. Two cells of one pair of levels may
     * share a key (columns, rows or buckets far apart): their entries then share a chain, which
     * costs tests, never answers.
     */
    private static long pack(int s, int t, long x, long y, long b) {
        return ((long) s << 59) | ((long) t << 55) | ((x & 0x3FFFFL) << 37) | ((y & 0x1FFFFL) << 20) | (b & 0xFFFFFL);
    }

    private static int spaceLevel(GeoBox box) {
        double width = box.maxLongitude() - box.minLongitude();
        double height = box.maxLatitude() - box.minLatitude();
        if (width == 0 && height == 0) {
            return 0;
        }
        double extent = 2 * Math.max(width, height);
        int s = 1;
        while (s < SPACE_LEVELS - 1 && side(s) < extent) {
            s++;
        }
        return s;
    }

    private static int timeLevel(long from, long to) {
        long length = to - from;
        for (int t = 0; t <= LAST_BOUNDED; t++) {
            if (length <= length(t)) {
                return t;
            }
        }
        return OPEN;
    }

    private static double side(int s) {
        return s == 0 ? BASE_DEGREES : BASE_DEGREES * (1L << (s - 1));
    }

    private static long length(int t) {
        return BASE_SECONDS << (2 * t);
    }

    private static long cell(double coordinate, double side) {
        return (long) Math.floor(coordinate / side);
    }

    private static long floorSeconds(Instant t) {
        return t.getEpochSecond();
    }

    private static long ceilSeconds(Instant t) {
        return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
    }
}
