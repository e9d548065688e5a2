package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.application.PeopleServices;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.NaiveLocator;
import io.vigil.testkit.memory.people.InMemoryMissionRegistry;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.testkit.memory.people.InMemoryPersonDirectory;
import io.vigil.testkit.memory.people.InMemoryPositionLog;
import io.vigil.testkit.memory.people.InMemoryPresenceLog;
import io.vigil.testkit.memory.people.InMemoryResidenceRegistry;
import io.vigil.testkit.memory.people.InMemoryWardenZoneRegistry;
import io.vigil.wiring.Vigil;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Who is, or was, in this district during this day" over {@code persons} persons (one residence
 * each), {@code legs} itinerary legs (four per mission, with hotel stays) and {@code positions}
 * position reports: the locator use case on the in-memory adapters and on H2, against a naive
 * scan of every record. Each store is loaded only in the forks that measure it, and checked to
 * return exactly the full scan's hits before measuring. Defaults: 100,000 persons and 300,000
 * legs; {@code -p persons=1000000 -p legs=3000000 -p positions=1000000} is the roll-call's scale.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class LocatorBenchmark {
    static final Actor OFFICER = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);

    /** The data set and the query, shared by every variant. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param("100000")
        int persons;
        @Param("300000")
        int legs;
        @Param("100000")
        int positions;

        LocatorData data;
        GeoArea area;
        TimeWindow window;
        List<LocatorHit> expected;

        @Setup(Level.Trial)
        public void setUp() {
            data = new LocatorData(persons, legs, positions);
            area = data.area();
            window = new TimeWindow(data.query.from(), data.query.to());
            expected = NaiveLocator.locate(data.residences, data.missions, data.positions, area, window);
        }
    }

    /** The locator on the in-memory adapters. */
    @State(Scope.Benchmark)
    public static class InMemory {
        PeopleUseCases people;

        @Setup(Level.Trial)
        public void setUp(Data d) {
            PeoplePorts ports = load(d.data, new InMemoryPeopleStores().open());
            people = wire(ports);
            check("in-memory", people.locator().locate(OFFICER, d.data.query), d.expected);
            long residences = ((InMemoryResidenceRegistry) ports.residences()).indexBytes();
            long missions = ((InMemoryMissionRegistry) ports.missions()).indexBytes();
            long positions = ((InMemoryPositionLog) ports.positions()).indexBytes();
            System.out.printf("# in-memory locator indexes: %,d bytes (residences %,d, legs and stays %,d,"
                    + " positions %,d)%n", residences + missions + positions, residences, missions, positions);
        }
    }

    /** The locator on JDBC over an in-memory H2 database. */
    @State(Scope.Benchmark)
    public static class H2 {
        PeopleUseCases people;
        HikariDataSource source;

        @Setup(Level.Trial)
        public void setUp(Data d) {
            source = JdbcDataSources.pool("jdbc:h2:mem:locator-bench;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcMigrations.migrate(source);
            people = wire(load(d.data, new JdbcPeopleStores(source).open()));
            check("H2", people.locator().locate(OFFICER, d.data.query), d.expected);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            source.close();
        }
    }

    /**
     * A mission with the longest itinerary leg and hotel stay the use cases allow by default
     * ({@link SpanLimits#DEFAULT}, a year each), saved again on each invocation, on H2: what one
     * request of the least privileged writer costs the database (the locator's index used to write
     * a row per day of each).
     */
    @State(Scope.Benchmark)
    public static class LongestSpansH2 {
        HikariDataSource source;
        MissionRegistry missions;
        Mission mission;

        @Setup(Level.Trial)
        public void setUp() {
            source = JdbcDataSources.pool("jdbc:h2:mem:locator-bench-spans;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcMigrations.migrate(source);
            missions = new JdbcPeopleStores(source).open().missions();
            Place mex = new Place("Mexico City", GeoPoint.of(19.43, -99.13));
            Instant start = Instant.parse("2026-03-01T23:30:00Z");
            mission = missions.save(new Mission(MissionId.random(), LocatorData.OFFICE, 0, "Long posting", null,
                    List.of(PersonId.random()), List.of(new ItineraryLeg(TravelMode.ROAD, mex, mex, start,
                    start.plus(Duration.ofDays(SpanLimits.DEFAULT.legDays())))), List.of(new HotelStay(mex, start,
                    start.plus(Duration.ofDays(SpanLimits.DEFAULT.stayDays()))))));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            source.close();
        }
    }

    /** Stores the data's residences, missions and positions in the ports. */
    static PeoplePorts load(LocatorData data, PeoplePorts ports) {
        data.residences.forEach(ports.residences()::save);
        data.missions.forEach(ports.missions()::save);
        data.positions.forEach(ports.positions()::append);
        return ports;
    }

    static PeopleUseCases wire(PeoplePorts ports) {
        return PeopleServices.create(ports, Vigil.kernel(MutableClock.at("2027-01-01T00:00:00Z"),
                new CountingAuditLog()));
    }

    static void check(String store, LocatorResult result, List<LocatorHit> expected) {
        if (!result.hits().equals(expected)) {
            throw new IllegalStateException(store + " locator found " + result.hits().size() + " hits, the full scan "
                    + expected.size());
        }
    }

    @Benchmark
    public List<LocatorHit> naiveFullScan(Data d) {
        return NaiveLocator.locate(d.data.residences, d.data.missions, d.data.positions, d.area, d.window);
    }

    @Benchmark
    public LocatorResult indexedInMemory(Data d, InMemory store) {
        return store.people.locator().locate(OFFICER, d.data.query);
    }

    @Benchmark
    public LocatorResult indexedH2(Data d, H2 store) {
        return store.people.locator().locate(OFFICER, d.data.query);
    }

    /** One save of a mission whose leg and hotel stay last a year each (needs no {@code Data}). */
    @Benchmark
    public Mission saveLongestSpansH2(LongestSpansH2 store) {
        store.mission = store.missions.save(store.mission);
        return store.mission;
    }
}
