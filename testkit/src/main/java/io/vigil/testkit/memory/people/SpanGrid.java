package io.vigil.testkit.memory.people;

import io.vigil.kernel.geo.GeoBox;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Boxes with a time span each, by key, for the locator's candidate queries; guarded by the caller.
 * One entry per box and span, however large or long, held in primitive arrays (no object per
 * entry but the key the caller already has): an entry's span, box and link to the next entry of
 * its cell side by side in one array, and each cell's key beside its first entry, so a query
 * touches about one cache line per cell looked up and per entry tested.
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
    /** The fewest entries filed since the last layout that make a query lay them out again. */
    private static final int COMPACT_AFTER = 4_096;
    private static final int UNUSED = Integer.MIN_VALUE;

    // entries, STRIDE longs each, together so that testing one is one or two cache lines: span (start,
    // end seconds), box (min lon, min lat, max lon, max lat, as raw double bits), next entry of the cell
    private static final int STRIDE = 7;
    private static final int FROM = 0;
    private static final int TO = 1;
    private static final int MIN_LON = 2;
    private static final int MIN_LAT = 3;
    private static final int MAX_LON = 4;
    private static final int MAX_LAT = 5;
    private static final int NEXT = 6;
    private long[] entries = new long[STRIDE * 16];
    // every entry of a pair of levels, doubly linked, for queries that read the pair whole
    private int[] pairNext = new int[16];
    private int[] pairPrevious = new int[16];
    private Object[] keys = new Object[16];
    private int used;
    private int free = NONE;
    private int size;
    /** Entries filed since the arrays were last laid out cell by cell ({@link #compact}). */
    private int scattered;
    private final int[] perPair = new int[SPACE_LEVELS * TIME_LEVELS];
    private final int[] pairHeads = pairHeads();

    // cells, open addressing, two longs a slot: packed cell key, then the first entry of its chain
    // (NONE for an emptied cell, UNUSED for a free slot)
    private long[] table = emptyTable(64);
    private int cells;

    /** Files one entry for the key. */
    void put(K key, GeoBox box, Instant start, Instant end) {
        long from = floorSeconds(start);
        long to = ceilSeconds(end);
        int s = spaceLevel(box);
        int t = timeLevel(from, to);
        int slot = cellSlot(cellKey(s, t, box, from), true);
        int e = allocate();
        int at = STRIDE * e;
        entries[at + FROM] = from;
        entries[at + TO] = to;
        entries[at + MIN_LON] = Double.doubleToRawLongBits(box.minLongitude());
        entries[at + MIN_LAT] = Double.doubleToRawLongBits(box.minLatitude());
        entries[at + MAX_LON] = Double.doubleToRawLongBits(box.maxLongitude());
        entries[at + MAX_LAT] = Double.doubleToRawLongBits(box.maxLatitude());
        keys[e] = key;
        entries[at + NEXT] = table[2 * slot + 1];
        table[2 * slot + 1] = e;
        int pair = s * TIME_LEVELS + t;
        pairPrevious[e] = NONE;
        pairNext[e] = pairHeads[pair];
        if (pairHeads[pair] != NONE) {
            pairPrevious[pairHeads[pair]] = e;
        }
        pairHeads[pair] = e;
        perPair[pair]++;
        size++;
        scattered++;
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
        for (int e = (int) table[2 * slot + 1]; e != NONE; previous = e, e = (int) entries[STRIDE * e + NEXT]) {
            int at = STRIDE * e;
            if (entries[at + FROM] == from && entries[at + TO] == to
                    && Double.longBitsToDouble(entries[at + MIN_LON]) == box.minLongitude()
                    && Double.longBitsToDouble(entries[at + MIN_LAT]) == box.minLatitude()
                    && Double.longBitsToDouble(entries[at + MAX_LON]) == box.maxLongitude()
                    && Double.longBitsToDouble(entries[at + MAX_LAT]) == box.maxLatitude()
                    && (key == keys[e] || key.equals(keys[e]))) {
                if (previous == NONE) {
                    table[2 * slot + 1] = entries[at + NEXT];
                } else {
                    entries[STRIDE * previous + NEXT] = entries[at + NEXT];
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
                entries[at + NEXT] = free;
                free = e;
                perPair[pair]--;
                size--;
                return;
            }
        }
    }

    /** The keys with an entry meeting the box during the window (see the class comment), each once. */
    Set<K> query(GeoBox box, Instant start, Instant end) {
        Set<K> found = new LinkedHashSet<>();
        forEach(box, start, end, found::add);
        return found;
    }

    /**
     * Gives the action the key of every entry meeting the box during the window (see the class
     * comment), in no particular order: a key filed with several entries may come once per entry,
     * and a key filed once comes at most once. Nothing is collected, so the caller pays for no set.
     */
    @SuppressWarnings("unchecked")
    void forEach(GeoBox box, Instant start, Instant end, Consumer<? super K> action) {
        if (scattered >= COMPACT_AFTER && 4L * scattered >= size) {
            compact();
        }
        long from = floorSeconds(start);
        long to = ceilSeconds(end);
        double minLon = box.minLongitude();
        double minLat = box.minLatitude();
        double maxLon = box.maxLongitude();
        double maxLat = box.maxLatitude();
        for (int s = 0; s < SPACE_LEVELS; s++) {
            double side = side(s);
            long x0 = cell(minLon, side) - (s == 0 ? 0 : 1);
            long x1 = cell(maxLon, side);
            long y0 = cell(minLat, side) - (s == 0 ? 0 : 1);
            long y1 = cell(maxLat, side);
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
                        if (meets(STRIDE * e, minLon, minLat, maxLon, maxLat, from, to)) {
                            action.accept((K) keys[e]);
                        }
                    }
                    continue;
                }
                for (long b = b0; b <= b1; b++) {
                    for (long x = x0; x <= x1; x++) {
                        for (long y = y0; y <= y1; y++) {
                            int slot = cellSlot(pack(s, t, x, y, b), false);
                            int e = slot < 0 ? NONE : (int) table[2 * slot + 1];
                            while (e != NONE) {
                                int at = STRIDE * e;
                                if (meets(at, minLon, minLat, maxLon, maxLat, from, to)) {
                                    action.accept((K) keys[e]);
                                }
                                e = (int) entries[at + NEXT];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Lays the entries out again cell by cell, each cell's chain in one run of the arrays in its
     * order, and the free slots dropped: a query then reads a cell's entries in sequence instead of
     * one scattered cache line (and page) each. Done by the first query after a quarter of the
     * entries were filed since the last time (a bulk load, say), so it costs a few copies per entry
     * filed.
     */
    private void compact() {
        long[] laid = new long[STRIDE * Math.max(16, size)];
        Object[] laidKeys = new Object[Math.max(16, size)];
        int[] laidPairNext = new int[laidKeys.length];
        int[] laidPairPrevious = new int[laidKeys.length];
        int[] pairTails = new int[perPair.length];
        Arrays.fill(pairHeads, NONE);
        Arrays.fill(pairTails, NONE);
        int n = 0;
        for (int slot = 0; slot < table.length >> 1; slot++) {
            long head = table[2 * slot + 1];
            if (head == UNUSED || head == NONE) {
                continue;
            }
            long cell = table[2 * slot];
            int pair = (int) (cell >>> 59) * TIME_LEVELS + (int) ((cell >>> 55) & 0xF);
            table[2 * slot + 1] = n;
            for (int e = (int) head; e != NONE; e = (int) entries[STRIDE * e + NEXT]) {
                System.arraycopy(entries, STRIDE * e, laid, STRIDE * n, STRIDE);
                laidKeys[n] = keys[e];
                laidPairPrevious[n] = pairTails[pair];
                laidPairNext[n] = NONE;
                if (pairTails[pair] == NONE) {
                    pairHeads[pair] = n;
                } else {
                    laidPairNext[pairTails[pair]] = n;
                }
                pairTails[pair] = n;
                laid[STRIDE * n + NEXT] = entries[STRIDE * e + NEXT] == NONE ? NONE : n + 1;
                n++;
            }
        }
        entries = laid;
        keys = laidKeys;
        pairNext = laidPairNext;
        pairPrevious = laidPairPrevious;
        used = n;
        free = NONE;
        scattered = 0;
    }

    /** How many entries the grid holds: one per {@link #put} not removed. */
    int size() {
        return size;
    }

    /** The bytes of the grid's arrays (entries and cells), without the keys themselves. */
    long bytes() {
        return 8L * entries.length + 4L * pairNext.length + 4L * pairPrevious.length + 4L * keys.length
                + 8L * table.length + 4L * perPair.length + 4L * pairHeads.length;
    }

    /** Whether the entry at this offset meets the box during the seconds from {@code from} to {@code to}. */
    private boolean meets(int at, double minLon, double minLat, double maxLon, double maxLat, long from, long to) {
        long[] a = entries;
        return a[at + FROM] <= to && a[at + TO] >= from
                && Double.longBitsToDouble(a[at + MIN_LON]) <= maxLon
                && Double.longBitsToDouble(a[at + MAX_LON]) >= minLon
                && Double.longBitsToDouble(a[at + MIN_LAT]) <= maxLat
                && Double.longBitsToDouble(a[at + MAX_LAT]) >= minLat;
    }

    private int allocate() {
        if (free != NONE) {
            int e = free;
            free = (int) entries[STRIDE * e + NEXT];
            return e;
        }
        if (used == keys.length) {
            int capacity = keys.length + (keys.length >> 1);
            entries = Arrays.copyOf(entries, STRIDE * capacity);
            pairNext = Arrays.copyOf(pairNext, capacity);
            pairPrevious = Arrays.copyOf(pairPrevious, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        return used++;
    }

    /** The table slot of the cell key; when absent, a new empty cell if {@code create}, else -1. */
    private int cellSlot(long key, boolean create) {
        long[] cellTable = table;
        int mask = (cellTable.length >> 1) - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long head = cellTable[2 * i + 1];
            if (head == UNUSED) {
                if (!create) {
                    return -1;
                }
                if (2 * (cells + 1) > (cellTable.length >> 1)) {
                    grow();
                    return cellSlot(key, true);
                }
                cellTable[2 * i] = key;
                cellTable[2 * i + 1] = NONE;
                cells++;
                return i;
            }
            if (cellTable[2 * i] == key) {
                return i;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length);
        int mask = (table.length >> 1) - 1;
        for (int j = 0; j < old.length >> 1; j++) {
            if (old[2 * j + 1] != UNUSED) {
                int i = mix(old[2 * j]) & mask;
                while (table[2 * i + 1] != UNUSED) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = old[2 * j];
                table[2 * i + 1] = old[2 * j + 1];
            }
        }
    }

    private static int[] pairHeads() {
        int[] a = new int[SPACE_LEVELS * TIME_LEVELS];
        Arrays.fill(a, NONE);
        return a;
    }

    /** A cell table of this many free slots (a power of two). */
    private static long[] emptyTable(int slots) {
        long[] a = new long[2 * slots];
        for (int i = 1; i < a.length; i += 2) {
            a[i] = UNUSED;
        }
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
