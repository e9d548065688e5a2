package io.vigil.testkit.memory.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.geo.GeoBox;
import io.vigil.testkit.generators.Theories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The locator's grid finds exactly the keys a scan of every entry finds: for points, boxes from a
 * metre to the whole Earth, instants, spans from seconds to "always", after removals, and for
 * queries from a street for a second to the Earth for ever (which read every entry instead), and
 * after the grid lays out again thousands of entries filed at once.
 */
class SpanGridProperties {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int EXAMPLES = 300;

    /** One entry: a box and a span, as the stores file them. */
    private record Entry(int key, GeoBox box, Instant start, Instant end) {
        boolean meets(GeoBox q, Instant from, Instant to) {
            return !start.isAfter(to) && !end.isBefore(from) && box.minLongitude() <= q.maxLongitude()
                    && box.maxLongitude() >= q.minLongitude() && box.minLatitude() <= q.maxLatitude()
                    && box.maxLatitude() >= q.minLatitude();
        }
    }

    private record Query(GeoBox box, Instant from, Instant to) {
    }

    private record Example(List<Entry> entries, List<Integer> removed, List<Query> queries) {
    }

    /** Boxes of one of five sizes, around a dense city or anywhere; a third of them points. */
    private static Gen<GeoBox> boxes() {
        Gen<Double> extent = Generate.pick(List.of(0.0, 0.0, 0.00001, 0.003, 0.02, 0.7, 25.0, 400.0));
        Gen<Boolean> inCity = integers().between(0, 2).map(i -> i > 0);
        Gen<Double> unit = integers().between(0, 1_000_000).map(i -> i / 1_000_000.0);
        return inCity.zip(unit, unit, extent, extent, (city, u, v, w, h) -> {
            double lat = city ? 19.2 + 0.4 * u : -90 + 180 * u;
            double lon = city ? -99.35 + 0.4 * v : -180 + 360 * v;
            double maxLat = Math.min(90, lat + h);
            double maxLon = Math.min(180, lon + w);
            return new GeoBox(lat, lon, maxLat, maxLon);
        });
    }

    /** Instants in 2026 on whole seconds (the grid widens others to whole seconds), or the ends of time. */
    private static Gen<Instant> instants() {
        return integers().between(0, 365 * 86_400).map(s -> START.plusSeconds(s));
    }

    /** Lengths of nothing, seconds, hours, days, years, and for ever. */
    private static Gen<Long> lengths() {
        Gen<Long> unit = Generate.pick(List.of(0L, 1L, 3_600L, 86_400L, 31_536_000L, -1L));
        return unit.zip(integers().between(1, 40), (u, n) -> u < 0 ? -1L : u * n);
    }

    /** Entries of up to 40 keys, so a key often has several (a mission's legs and stays). */
    private static Gen<Entry> entries() {
        return integers().between(0, 40).zip(boxes(), instants(), lengths(), (key, box, start, length) -> length < 0
                ? new Entry(key, box, Instant.MIN, Instant.MAX) : new Entry(key, box, start, start.plusSeconds(length)));
    }

    private static Gen<Query> queries() {
        return boxes().zip(instants(), lengths(), (box, from, length) -> length < 0
                ? new Query(box, Instant.MIN, Instant.MAX) : new Query(box, from, from.plusSeconds(length)));
    }

    private static Gen<Example> examples() {
        return lists().of(entries()).ofSizeBetween(0, 150).flatMap(entries -> lists()
                .of(integers().between(0, Math.max(0, entries.size() - 1))).ofSizeBetween(0, entries.size() / 3)
                .zip(lists().of(queries()).ofSizeBetween(1, 6), (removed, queries) -> new Example(entries,
                        entries.isEmpty() ? List.of() : removed, queries)));
    }

    @Test
    void grid_finds_what_a_scan_of_every_entry_finds() {
        AtomicInteger found = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        Theories.qt(EXAMPLES).forAll(examples()).checkAssert(example -> {
            SpanGrid<Integer> grid = new SpanGrid<>();
            List<Entry> kept = new ArrayList<>(example.entries());
            example.entries().forEach(e -> grid.put(e.key(), e.box(), e.start(), e.end()));
            Set<Integer> removedAt = new HashSet<>(example.removed());
            for (int i : removedAt) {
                Entry e = example.entries().get(i);
                grid.remove(e.key(), e.box(), e.start(), e.end());
                kept.remove(e);
            }
            assertThat(grid.size()).isEqualTo(kept.size());
            for (Query q : example.queries()) {
                Set<Integer> expected = new HashSet<>();
                kept.stream().filter(e -> e.meets(q.box(), q.from(), q.to())).forEach(e -> expected.add(e.key()));
                assertThat(grid.query(q.box(), q.from(), q.to())).as("%s", q).containsExactlyInAnyOrderElementsOf(
                        expected);
                asked.incrementAndGet();
                if (!expected.isEmpty()) {
                    found.incrementAndGet();
                }
            }
        });
        assertThat(100.0 * found.get() / asked.get()).as("percentage of the %d queries with keys", asked.get())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void a_removed_entry_is_gone_and_an_entry_not_filed_removes_nothing() {
        SpanGrid<String> grid = new SpanGrid<>();
        GeoBox home = new GeoBox(19.43, -99.13, 19.43, -99.13);
        GeoBox street = new GeoBox(19.43, -99.14, 19.44, -99.13);
        Instant t = Instant.parse("2026-03-15T10:00:00.5Z");
        grid.put("a", home, t, t);
        grid.put("b", street, t, t.plusSeconds(7_200));
        grid.remove("a", street, t, t);
        grid.remove("c", home, t, t);
        assertThat(grid.query(street, t, t)).containsExactlyInAnyOrder("a", "b");
        grid.remove("a", home, t, t);
        assertThat(grid.query(street, t, t)).containsExactly("b");
        assertThat(grid.query(street, t.plusSeconds(7_202), t.plusSeconds(9_000))).isEmpty();
        assertThat(grid.size()).isEqualTo(1);
    }

    @Test
    void grid_laid_out_again_after_bulk_filing_finds_what_a_scan_finds_and_still_removes() {
        SplittableRandom random = new SplittableRandom(20261204L);
        SpanGrid<Integer> grid = new SpanGrid<>();
        List<Entry> kept = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            queries.add(new Query(box(random, i % 3 == 0 ? 0.05 : 2.0), START.plusSeconds(random.nextInt(300 * 86_400)),
                    START.plusSeconds(300L * 86_400 + random.nextInt(86_400))));
        }
        queries.add(new Query(new GeoBox(-90, -180, 90, 180), Instant.MIN, Instant.MAX));
        int key = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 6_000; i++) {
                double extent = random.nextInt(3) == 0 ? 0 : random.nextDouble() * (random.nextBoolean() ? 0.1 : 12);
                Instant start = START.plusSeconds(random.nextInt(365 * 86_400));
                Entry e = new Entry(key++ % 2_000, box(random, extent), start,
                        start.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(200_000)));
                grid.put(e.key(), e.box(), e.start(), e.end());
                kept.add(e);
            }
            assertFindsWhatAScanFinds(grid, kept, queries, "after filing, round " + round);
            for (int i = 0; i < 2_000; i++) {
                Entry e = kept.remove(random.nextInt(kept.size()));
                grid.remove(e.key(), e.box(), e.start(), e.end());
            }
            assertThat(grid.size()).isEqualTo(kept.size());
            assertFindsWhatAScanFinds(grid, kept, queries, "after removing, round " + round);
        }
    }

    /** A box of about this extent in degrees, in or around Mexico City half the time. */
    private static GeoBox box(SplittableRandom random, double extent) {
        boolean city = random.nextBoolean();
        double lat = city ? 19.2 + 0.4 * random.nextDouble() : 14.6 + 18 * random.nextDouble();
        double lon = city ? -99.35 + 0.4 * random.nextDouble() : -117 + 30 * random.nextDouble();
        return new GeoBox(lat, lon, lat + extent * random.nextDouble(), lon + extent * random.nextDouble());
    }

    private static void assertFindsWhatAScanFinds(SpanGrid<Integer> grid, List<Entry> kept, List<Query> queries,
                                                  String when) {
        int nonEmpty = 0;
        for (Query q : queries) {
            Set<Integer> expected = new HashSet<>();
            kept.stream().filter(e -> e.meets(q.box(), q.from(), q.to())).forEach(e -> expected.add(e.key()));
            assertThat(grid.query(q.box(), q.from(), q.to())).as("%s: %s", when, q)
                    .containsExactlyInAnyOrderElementsOf(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("%s: queries with keys", when).isGreaterThanOrEqualTo(queries.size() / 2);
    }
}
