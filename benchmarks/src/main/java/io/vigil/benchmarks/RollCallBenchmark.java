package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.FieldReports;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.OneTransactionDataSource;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.messaging.Dispatcher;
import io.vigil.messaging.RetryPolicy;
import io.vigil.messaging.Transport;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryAdvisoryBoard;
import io.vigil.testkit.memory.alerting.InMemoryAlertingStores;
import io.vigil.testkit.memory.alerting.InMemoryCheckInLog;
import io.vigil.testkit.memory.alerting.InMemoryCommunicationTestRegistry;
import io.vigil.testkit.memory.alerting.InMemoryEmergencyLog;
import io.vigil.testkit.memory.alerting.InMemoryOnCallRoster;
import io.vigil.testkit.memory.alerting.InMemoryPhoneTreeRegistry;
import io.vigil.testkit.memory.people.InMemoryMissionRegistry;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.testkit.memory.people.InMemoryPersonDirectory;
import io.vigil.testkit.memory.people.InMemoryPositionLog;
import io.vigil.testkit.memory.people.InMemoryPresenceLog;
import io.vigil.testkit.memory.people.InMemoryResidenceRegistry;
import io.vigil.testkit.memory.people.InMemoryWardenZoneRegistry;
import io.vigil.wiring.Vigil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * A whole roll-call start ({@code RollCallsUseCase.start}) on the in-memory adapters: the locator
 * query over {@code persons} persons with residences, itineraries and positions (the data of
 * {@link LocatorBenchmark}), the contact directory and each affected person's zone, storing the
 * roll-call and asking everyone by SMS through a gateway that only counts; and a roll-call start over
 * {@code affected} persons on the reference app's default stores (JDBC on the embedded SQLite file
 * database as {@code ReferenceApp} opens it, or on H2, the outbox its table), until it returns, and until a dispatcher has handed every request to a
 * transport that only counts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class RollCallBenchmark {
    private static final Actor OFFICER = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);

    /** Sends nothing, keeps nothing: counts. */
    static final class CountingGateway implements MessageGateway {
        final LongAdder sent = new LongAdder();

        @Override
        public boolean send(OutboundMessage message) {
            sent.increment();
            return true;
        }

        @Override
        public int sendAll(List<OutboundMessage> messages) {
            sent.add(messages.size());
            return messages.size();
        }

        @Override
        public List<OutboundMessage> sent(OfficeId office) {
            return List.of();
        }

        @Override
        public List<Delivery> deliveries(OfficeId office, String idPrefix) {
            return List.of();
        }

        @Override
        public List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max) {
            return List.of();
        }

        @Override
        public boolean record(String id, String owner, DeliveryState outcome) {
            return false;
        }
    }

    /**
     * The reference app's default stores: JDBC on an embedded file database in a temporary
     * directory ({@code database}: SQLite as {@code ReferenceApp} opens it by default, or H2), through a
     * {@link OneTransactionDataSource} as there, the outbox its table ({@link JdbcOutbox}), {@code affected} persons at home in the
     * incident's area, each with a phone; with {@code deliver}, a {@link Dispatcher} hands every
     * request to a transport that only counts.
     */
    @State(Scope.Benchmark)
    public abstract static class DefaultStores {
        @Param("10000")
        int affected;
        /**
         * The database: {@code sqlite}, the reference app's default, or {@code h2}, both embedded files;
         * or {@code postgresql}, an embedded PostgreSQL server the benchmark starts (with the embedded
         * server's settings: fsync and synchronous commit off, as a benchmark's throwaway data may).
         */
        @Param({"sqlite", "h2"})
        String database;
        /**
         * Where the requests are queued: {@code now}, before {@code start} returns (the library's
         * default), or {@code background}, on a thread of its own as the reference app queues them
         * (the queueing of one start is waited for after it, outside the time measured).
         */
        @Param("now")
        String queueing;

        Path dir;
        EmbeddedPostgres server;
        HikariDataSource db;
        AlertingUseCases alerting;
        RollCallDetails incident;
        Dispatcher dispatcher;
        ExecutorService requests;
        final Map<String, LongAdder> handed = new ConcurrentHashMap<>();

        abstract boolean deliver();

        @Setup(Level.Trial)
        public void load() throws IOException {
            dir = Files.createTempDirectory("vigil-rollcall-bench");
            db = switch (database) {
                case "sqlite" -> JdbcDataSources.sqliteFile(dir);
                case "h2" -> JdbcDataSources.h2File(dir);
                case "postgresql" -> {
                    server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
                            .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB")
                            .start();
                    yield JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                }
                default -> throw new IllegalArgumentException("database: sqlite, h2 or postgresql, not " + database);
            };
            JdbcMigrations.migrate(db);
            OneTransactionDataSource stores = new OneTransactionDataSource(db);
            PeoplePorts people = new JdbcPeopleStores(stores).open();
            SplittableRandom random = new SplittableRandom(7);
            Instant movedIn = Instant.parse("2025-01-01T00:00:00Z");
            for (int n = 0; n < affected; n++) {
                PersonId p = new PersonId(new UUID(0xD0, n));
                people.persons().save(new Person(p, LocatorData.OFFICE, 0, "Person", "No " + n,
                        PersonCategory.NATIONAL_STAFF, "IBRD", Optional.empty(), List.of(new ContactChannel(
                                ChannelKind.PHONE, String.format("+52 55 %08d", n), "mobile")), List.of(),
                        Optional.empty(), Optional.empty()));
                people.residences().save(new Residence(ResidenceId.random(), LocatorData.OFFICE, 0, p, List.of(),
                        new Address("Calle " + n, "Centro", "Ciudad", "MX"), GeoPoint.of(19.42 + random.nextDouble()
                        * 0.02, -99.17 + random.nextDouble() * 0.03), Optional.empty(), movedIn, Optional.empty()));
            }
            if (server != null) {
                analyze();
            }
            JdbcOutbox outbox = new JdbcOutbox(stores);
            Clock clock = Clock.systemUTC();
            Kernel kernel = Vigil.kernel(clock, new JdbcAuditStores(stores).open());
            RequestQueueing queued = switch (queueing) {
                case "now" -> RequestQueueing.NOW;
                case "background" -> {
                    requests = Executors.newSingleThreadExecutor();
                    yield RequestQueueing.on(requests);
                }
                default -> throw new IllegalArgumentException("queueing: now or background, not " + queueing);
            };
            alerting = AlertingServices.create(new JdbcAlertingStores(stores).open(), outbox,
                    PeopleServices.create(people, kernel), FieldReports.NONE, queued, kernel);
            incident = new RollCallDetails("Benchmark incident", List.of(GeoPoint.of(19.41, -99.18),
                    GeoPoint.of(19.41, -99.13), GeoPoint.of(19.45, -99.13), GeoPoint.of(19.45, -99.18)), null, 60,
                    Set.of(Channel.SMS), 15, 45, null, null, null);
            if (deliver()) {
                Transport counting = m -> handed.computeIfAbsent(m.id().substring(0, 36), k -> new LongAdder())
                        .increment();
                dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, counting), RetryPolicy.standard(),
                        Dispatcher.Settings.standard(), clock).start();
            }
            int asked = alerting.rollCalls().start(OFFICER, incident).audience().size();
            if (asked != affected) {
                throw new IllegalStateException("the incident should affect " + affected + ", affected " + asked);
            }
            awaitQueued();
        }

        /** Waits until the requests of every start so far are queued (at once when they are queued before start returns). */
        @TearDown(Level.Invocation)
        public void awaitQueued() {
            if (requests != null) {
                try {
                    requests.submit(() -> { }).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the queueing of a start's requests failed", e);
                }
            }
        }

        /** Updates PostgreSQL's statistics after the load, as autovacuum would in time. */
        private void analyze() {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot analyze the benchmark's PostgreSQL", e);
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            if (dispatcher != null) {
                dispatcher.close();
            }
            if (requests != null) {
                requests.shutdown();
            }
            db.close();
            if (server != null) {
                server.close();
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The default stores with nothing delivering: a start's own cost. */
    @State(Scope.Benchmark)
    public static class Queuing extends DefaultStores {
        @Override
        boolean deliver() {
            return false;
        }
    }

    /** The default stores with a dispatcher handing every request to a transport that counts. */
    @State(Scope.Benchmark)
    public static class Delivering extends DefaultStores {
        @Override
        boolean deliver() {
            return true;
        }
    }

    /** The office, loaded. */
    @State(Scope.Benchmark)
    public static class Office {
        @Param("100000")
        int persons;
        @Param("300000")
        int legs;
        @Param("100000")
        int positions;

        AlertingUseCases alerting;
        RollCallDetails incident;
        int affected;

        @Setup(Level.Trial)
        public void load() {
            LocatorData data = new LocatorData(persons, legs, positions);
            CountingAuditLog audit = new CountingAuditLog();
            PeoplePorts ports = new InMemoryPeopleStores().open();
            Set<PersonId> everyone = new LinkedHashSet<>();
            data.residences.stream().map(Residence::occupant).forEach(everyone::add);
            data.missions.forEach(m -> everyone.addAll(m.members()));
            data.positions.forEach(p -> everyone.add(p.person()));
            int n = 0;
            for (PersonId p : everyone) {
                ports.persons().save(new Person(p, LocatorData.OFFICE, 0, "Person", "No " + n,
                        PersonCategory.NATIONAL_STAFF, "IBRD", Optional.empty(), List.of(new ContactChannel(
                                ChannelKind.PHONE, String.format("+52 55 %08d", n++), "mobile")), List.of(),
                        Optional.empty(), Optional.empty()));
            }
            LocatorBenchmark.load(data, ports);
            MutableClock clock = MutableClock.at(data.query.to().plusSeconds(60).toString());
            Kernel kernel = Vigil.kernel(clock, audit);
            PeopleUseCases people = PeopleServices.create(ports, kernel);
            alerting = AlertingServices.create(new InMemoryAlertingStores().open(), new CountingGateway(), people,
                    kernel);
            int lookback = (int) Duration.between(data.query.from(), data.query.to()).toMinutes();
            incident = new RollCallDetails("Benchmark incident", data.query.area(), data.query.to(), lookback,
                    Set.of(Channel.SMS), 15, 45, null, null, null);
            affected = alerting.rollCalls().start(OFFICER, incident).audience().size();
            if (affected == 0) {
                throw new IllegalStateException("the benchmark incident should affect someone");
            }
        }
    }

    @Benchmark
    public CommunicationTest startRollCall(Office office) {
        return office.alerting.rollCalls().start(OFFICER, office.incident);
    }

    /** A roll-call start over {@code affected} persons on the default stores: until start returns. */
    @Benchmark
    public CommunicationTest startRollCallOnDefaultStores(Queuing stores) {
        return stores.alerting.rollCalls().start(OFFICER, stores.incident);
    }

    /**
     * A roll-call start over {@code affected} persons on the default stores and its delivery: until
     * every request has been handed to the counting transport.
     */
    @Benchmark
    public long startAndDeliverOnDefaultStores(Delivering stores) throws InterruptedException {
        CommunicationTest t = stores.alerting.rollCalls().start(OFFICER, stores.incident);
        LongAdder mine = stores.handed.computeIfAbsent(t.id().toString(), k -> new LongAdder());
        while (mine.sum() < t.audience().size()) {
            Thread.sleep(1);
        }
        return mine.sum();
    }
}
