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
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
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
    private static final Actor OFFICER = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);

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
            people = wire(load(d.data, new InMemoryPeopleStores().open()));
            check("in-memory", people.locator().locate(OFFICER, d.data.query), d.expected);
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

    /** Stores the data's residences, missions and positions in the ports. */
    static PeoplePorts load(LocatorData data, PeoplePorts ports) {
        data.residences.forEach(ports.residences()::save);
        data.missions.forEach(ports.missions()::save);
        data.positions.forEach(ports.positions()::append);
        return ports;
    }

    private static PeopleUseCases wire(PeoplePorts ports) {
        return PeopleServices.create(ports, Vigil.kernel(MutableClock.at("2027-01-01T00:00:00Z"),
                new CountingAuditLog()));
    }

    private static void check(String store, LocatorResult result, List<LocatorHit> expected) {
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
}
