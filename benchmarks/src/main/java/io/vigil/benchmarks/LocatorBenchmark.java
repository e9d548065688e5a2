package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.JdbcStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.access.RoleBasedAccessPolicy;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.NaiveLocator;
import io.vigil.testkit.memory.InMemoryMissionRegistry;
import io.vigil.testkit.memory.InMemoryPersonDirectory;
import io.vigil.testkit.memory.InMemoryPositionLog;
import io.vigil.testkit.memory.InMemoryPresenceLog;
import io.vigil.testkit.memory.InMemoryResidenceRegistry;
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
 * "Who is, or was, in this district during this day" over 100,000 persons (one residence each),
 * 300,000 itinerary legs (75,000 missions with hotel stays) and 100,000 position reports: the
 * locator use case on the in-memory adapters and on H2, against a naive scan of every record.
 * Every variant returns the same hits; {@link #setUp} checks that before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class LocatorBenchmark {
    @Param("100000")
    int persons;
    @Param("300000")
    int legs;
    @Param("100000")
    int positions;

    private LocatorData data;
    private GeoArea area;
    private TimeWindow window;
    private final Actor officer = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);
    private PeopleServices.UseCases memory;
    private PeopleServices.UseCases h2;
    private HikariDataSource h2Source;

    @Setup(Level.Trial)
    public void setUp() {
        data = new LocatorData(persons, legs, positions);
        area = data.area();
        window = new TimeWindow(data.query.from(), data.query.to());

        PeopleServices.Ports inMemory = new PeopleServices.Ports(new InMemoryPersonDirectory(),
                new InMemoryResidenceRegistry(), new InMemoryPresenceLog(), new InMemoryMissionRegistry(),
                new InMemoryPositionLog(), new CountingAuditLog());
        memory = wire(load(inMemory));

        h2Source = JdbcDataSources.pool("jdbc:h2:mem:locator-bench;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcMigrations.migrate(h2Source);
        JdbcStores stores = JdbcStores.create(h2Source, VigilJson.mapper());
        h2 = wire(load(new PeopleServices.Ports(stores.persons(), stores.residences(), stores.presences(),
                stores.missions(), stores.positions(), new CountingAuditLog())));

        List<LocatorHit> expected = naiveFullScan();
        check("in-memory", memory.locator().locate(officer, data.query), expected);
        check("H2", h2.locator().locate(officer, data.query), expected);
    }

    private PeopleServices.Ports load(PeopleServices.Ports ports) {
        data.residences.forEach(ports.residences()::save);
        data.missions.forEach(ports.missions()::save);
        data.positions.forEach(ports.positions()::append);
        return ports;
    }

    private static PeopleServices.UseCases wire(PeopleServices.Ports ports) {
        return PeopleServices.create(ports, MutableClock.at("2027-01-01T00:00:00Z"), new RoleBasedAccessPolicy(),
                Validation.buildDefaultValidatorFactory().getValidator(), new InProcessEventBus());
    }

    private static void check(String store, LocatorResult result, List<LocatorHit> expected) {
        if (!result.hits().equals(expected)) {
            throw new IllegalStateException(store + " locator found " + result.hits().size() + " hits, the full scan "
                    + expected.size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        h2Source.close();
    }

    @Benchmark
    public List<LocatorHit> naiveFullScan() {
        return NaiveLocator.locate(data.residences, data.missions, data.positions, area, window);
    }

    @Benchmark
    public LocatorResult indexedInMemory() {
        return memory.locator().locate(officer, data.query);
    }

    @Benchmark
    public LocatorResult indexedH2() {
        return h2.locator().locate(officer, data.query);
    }
}
