package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.JsonBody;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.testkit.NaiveLocator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The locator query of {@link LocatorBenchmark} ("who was in this district during this day") on
 * PostgreSQL, with the GiST indexes of migration V27, next to the naive scan of every record in the
 * same run. The benchmark starts an embedded PostgreSQL of its own (durability off: a benchmark's
 * throwaway data), migrates it, and loads the data set with {@code COPY}, writing the rows the
 * JDBC stores write on a first save (the locator then reads them back through the stores and is
 * checked against the full scan before measuring). Same parameters as {@link LocatorBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class PostgresLocatorBenchmark {
    /** Rows per {@code COPY} write. */
    private static final int CHUNK = 5_000;

    /** The embedded server, loaded. */
    @State(Scope.Benchmark)
    public static class Postgres {
        EmbeddedPostgres server;
        HikariDataSource source;
        PeopleUseCases people;

        @Setup(Level.Trial)
        public void setUp(LocatorBenchmark.Data d) throws IOException, SQLException {
            Instant started = Instant.now();
            server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "1GB").setServerConfig("max_wal_size", "8GB")
                    .start();
            source = JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            JdbcMigrations.migrate(source);
            load(source, d.data);
            System.out.println("# loaded PostgreSQL in " + Duration.between(started, Instant.now()).toSeconds()
                    + " s");
            people = LocatorBenchmark.wire(new JdbcPeopleStores(source).open());
            LocatorBenchmark.check("PostgreSQL", people.locator().locate(LocatorBenchmark.OFFICER, d.data.query),
                    d.expected);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            source.close();
            server.close();
        }
    }

    @Benchmark
    public List<LocatorHit> naiveFullScan(LocatorBenchmark.Data d) {
        return NaiveLocator.locate(d.data.residences, d.data.missions, d.data.positions, d.area, d.window);
    }

    @Benchmark
    public LocatorResult indexedPostgres(LocatorBenchmark.Data d, Postgres store) {
        return store.people.locator().locate(LocatorBenchmark.OFFICER, d.data.query);
    }

    /**
     * Writes the rows of each record as stored at version 1 ({@code JdbcResidenceRegistry},
     * {@code JdbcMissionRegistry}, {@code JdbcPositionLog}), one {@code COPY} per table, then
     * analyzes the tables.
     */
    static void load(HikariDataSource source, LocatorData data) throws SQLException {
        JsonBody<Residence> residences = new JsonBody<>(VigilJson.mapper(), Residence.class, "residence");
        JsonBody<Mission> missions = new JsonBody<>(VigilJson.mapper(), Mission.class, "mission");
        JsonBody<PositionReport> positions = new JsonBody<>(VigilJson.mapper(), PositionReport.class, "position");
        try (Connection c = source.getConnection()) {
            copy(c, "residence (id, office_id, version, latitude, longitude, body)", data.residences, (r, row) ->
                    row.add(r.id()).add(r.office().value()).add(1).add(r.location().latitude())
                            .add(r.location().longitude()).add(residences.write(r.withVersion(1))));
            copy(c, "residence_member (residence_id, person_id)", data.residences, (r, row) -> {
                for (PersonId p : r.residents()) {
                    row.add(r.id()).add(p).end();
                }
            });
            copy(c, "mission (id, office_id, version, body)", data.missions, (m, row) ->
                    row.add(m.id()).add(m.office().value()).add(1).add(missions.write(m.withVersion(1))));
            copy(c, "mission_member (mission_id, person_id)", data.missions, (m, row) -> {
                for (PersonId p : m.members()) {
                    row.add(m.id()).add(p).end();
                }
            });
            copy(c, "mission_span_range (mission_id, seq, office_id, reach, min_latitude, min_longitude,"
                    + " max_latitude, max_longitude, starts_at, ends_at)", data.missions, (m, row) -> {
                        int seq = 0;
                        for (ItineraryLeg leg : m.legs()) {
                            span(row, m, seq++, leg.bounds(), leg.departure(), leg.arrival());
                        }
                        for (HotelStay stay : m.stays()) {
                            span(row, m, seq++, GeoBox.around(List.of(stay.hotel().point())), stay.checkIn(),
                                    stay.checkOut());
                        }
                    });
            copy(c, "position_report (id, office_id, person_id, reported_at, latitude, longitude, body)",
                    data.positions, (p, row) -> row.add(p.id()).add(p.office().value()).add(p.person())
                            .add(p.at()).add(p.position().latitude()).add(p.position().longitude())
                            .add(positions.write(p)));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    private static void span(Row row, Mission m, int seq, GeoBox box, Instant start, Instant end) {
        row.add(m.id()).add(seq).add(m.office().value()).add(reach(start, end)).add(box.minLatitude())
                .add(box.minLongitude()).add(box.maxLatitude()).add(box.maxLongitude()).add(start).add(end).end();
    }

    /** The reach class the JDBC store writes (SpanReach): the smallest k below 9 with a length under 4^k days, else 9. */
    private static int reach(Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        int k = 0;
        while (k < 9 && length.compareTo(Duration.ofDays(1L << (2 * k))) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * One {@code COPY ... FROM STDIN} (text format) of the rows each record gives; a writer that
     * adds one row and does not end it has it ended for it.
     */
    static <T> void copy(Connection c, String into, List<T> records, BiConsumer<T, Row> rows)
            throws SQLException {
        Instant started = Instant.now();
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + into + " FROM STDIN");
        try {
            Row row = new Row();
            for (int i = 0; i < records.size(); i++) {
                rows.accept(records.get(i), row);
                row.endIfOpen();
                if (i % CHUNK == CHUNK - 1) {
                    row.flushTo(in);
                }
            }
            row.flushTo(in);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        System.out.println("# COPY " + into.substring(0, into.indexOf(' ')) + ": " + records.size() + " records in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    /** Rows of COPY's text format: tab-separated, backslash, tab, newline and return escaped. */
    static final class Row {
        private final StringBuilder text = new StringBuilder();
        private boolean open;

        Row add(Object value) {
            if (open) {
                text.append('\t');
            }
            open = true;
            String s = String.valueOf(value);
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
            return this;
        }

        /** A NULL column. */
        Row nul() {
            if (open) {
                text.append('\t');
            }
            open = true;
            text.append("\\N");
            return this;
        }

        void end() {
            text.append('\n');
            open = false;
        }

        void endIfOpen() {
            if (open) {
                end();
            }
        }

        void flushTo(CopyIn in) throws SQLException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }
}
