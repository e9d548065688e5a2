package io.vigil.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.application.PeopleServices;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.rest.alerting.AlertingApi;
import io.vigil.wiring.Vigil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * First answers to a communication test ingested through the REST API on PostgreSQL by two Vigil
 * app instances, as an SMS provider's or a roster system's integration posts them.
 *
 * <p>The benchmark starts one embedded PostgreSQL (durability off, as {@link PostgresLocatorBenchmark}
 * sets it: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off, so a commit
 * costs no disk flush; a deployment keeps them on) and migrates it. It then starts two app
 * instances in this process, each as a separate app process would have it: its own connection
 * pool ({@link JdbcDataSources#pool}, 8 connections) on the same database, its own JDBC stores,
 * kernel, audit log and use cases (so each keeps its own cache of the tests being answered), and
 * its own REST server ({@link RestApi} with {@link AlertingApi}) on a loopback port of its own.
 * The audit log is the JDBC one: every answer's audit entry (and its person row) is stored in
 * PostgreSQL, as a deployment stores it.
 *
 * <p>Every iteration stores a fresh communication test asking {@code audience} persons (100,000 by
 * default), so every answer of the iteration is a first answer. {@code @Threads} client threads of
 * the JDK's HTTP client post {@code POST /api/v1/communication-tests/{id}/check-ins} with the
 * integration's bearer token, each for the next person, alternating between the two instances;
 * every response must be a 2xx that says the answer was recorded. After the trial the rows in
 * {@code check_in} and {@code audit_entry} are counted against the answers posted. The
 * organisation-scale issue asks for at least 2,000 answers a second. Since the figure depends on
 * what else the machine runs, each iteration also prints the CPU time it took per answer, of this
 * JVM (both instances, the HTTP clients, JIT and GC) and of the PostgreSQL server's processes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 5, time = 10)
@Threads(8)
public class RestAnswerBenchmark {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final String TOKEN = "benchmark-integration-token";
    private static final Actor INTEGRATION = Actor.of("sms-gateway", OFFICE, Role.INTEGRATION);
    private static final int INSTANCES = 2;

    @Param("100000")
    int audience;

    private EmbeddedPostgres server;
    private HikariDataSource migrating;
    private final List<Instance> instances = new ArrayList<>();
    private HttpClient client;
    private List<PersonId> persons;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger posted = new AtomicInteger();
    private List<URI> checkIns;
    private ProcessHandle postmaster;
    private long iterationPosted;
    private Duration iterationJvm;
    private Duration iterationPostgres;

    /** One app instance: its pool, its stores and use cases, its REST server. */
    private record Instance(HikariDataSource pool, AlertingPorts stores, RestApi api) {
        static Instance start(String url) {
            HikariDataSource pool = JdbcDataSources.pool(url, "postgres", "postgres");
            Clock clock = Clock.systemUTC();
            Kernel kernel = Vigil.kernel(clock, new JdbcAuditStores(pool).open());
            AlertingPorts stores = new JdbcAlertingStores(pool).open();
            AlertingUseCases alerting = AlertingServices.create(stores, new JdbcOutbox(pool),
                    PeopleServices.create(new JdbcPeopleStores(pool).open(), kernel), kernel);
            RestApi api = new RestApi(new RestApiSettings("127.0.0.1", 0, Optional.empty()),
                    new StaticBearerTokens(Map.of(TOKEN, INTEGRATION)),
                    List.of(new AlertingApi(alerting, clock, Optional.empty()))).start();
            return new Instance(pool, stores, api);
        }

        void stop() {
            api.close();
            pool.close();
        }
    }

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB")
                .start();
        String url = server.getJdbcUrl("postgres", "postgres");
        migrating = JdbcDataSources.pool(url, "postgres", "postgres");
        JdbcMigrations.migrate(migrating);
        postmaster = postmaster(migrating);
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(Instance.start(url));
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        persons = Stream.generate(PersonId::random).limit(audience).toList();
    }

    /** A fresh test asking the whole audience, started a minute ago: every answer to it is a first answer. */
    @Setup(Level.Iteration)
    public void freshTest() {
        Instant started = Instant.now().minusSeconds(60);
        CommTestId test = instances.get(0).stores().tests().save(new CommunicationTest(CommTestId.random(), OFFICE, 0,
                "Benchmark", Set.of(Channel.SMS), persons, List.of(), started, started.plus(Duration.ofHours(2)),
                new Target(90, 60), "officer", TestPurpose.scheduled())).id();
        checkIns = instances.stream().map(i -> URI.create("http://127.0.0.1:" + i.api().port()
                + "/api/v1/communication-tests/" + test + "/check-ins")).toList();
        next.set(0);
        iterationPosted = posted.get();
        iterationJvm = jvmCpu();
        iterationPostgres = postgresCpu();
    }

    /** Prints the iteration's CPU time per answer, of this JVM and of PostgreSQL. */
    @TearDown(Level.Iteration)
    public void cpuPerAnswer() {
        long answers = posted.get() - iterationPosted;
        if (answers > 0) {
            System.out.printf("%n# %d answers; CPU per answer: JVM %.3f ms, PostgreSQL %.3f ms%n", answers,
                    jvmCpu().minus(iterationJvm).toNanos() / 1e6 / answers,
                    postgresCpu().minus(iterationPostgres).toNanos() / 1e6 / answers);
        }
    }

    private static ProcessHandle postmaster(HikariDataSource source) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            long backend = rs.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow(() ->
                    new IllegalStateException("no postmaster above PostgreSQL backend " + backend));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask PostgreSQL for its process: " + e.getMessage(), e);
        }
    }

    private static Duration jvmCpu() {
        return Duration.ofNanos(((OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime());
    }

    /** The CPU time of the server's processes alive now: the postmaster, its backends and workers. */
    private Duration postgresCpu() {
        return Stream.concat(Stream.of(postmaster), postmaster.descendants())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
        try (Connection c = migrating.getConnection(); Statement s = c.createStatement()) {
            System.out.println("# answers posted: " + posted.get() + "; rows in check_in: "
                    + count(s, "check_in") + ", in audit_entry: " + count(s, "audit_entry") + ", in audit_person: "
                    + count(s, "audit_person"));
        }
        instances.forEach(Instance::stop);
        migrating.close();
        server.close();
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One first answer, posted to the instances in turn. */
    @Benchmark
    public int firstAnswer() throws IOException, InterruptedException {
        int i = next.getAndIncrement();
        if (i >= persons.size()) {
            throw new IllegalStateException("every one of the " + persons.size() + " persons has answered this"
                    + " iteration's test: raise the audience or shorten the iteration");
        }
        HttpRequest request = HttpRequest.newBuilder(checkIns.get(i % INSTANCES))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"person\":\"" + persons.get(i)
                        + "\",\"answer\":\"SAFE\",\"channel\":\"SMS\"}"))
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2 || !r.body().contains("\"recorded\":true")) {
            throw new IllegalStateException("answer " + i + " got " + r.statusCode() + ": " + r.body());
        }
        posted.incrementAndGet();
        return r.statusCode();
    }
}
