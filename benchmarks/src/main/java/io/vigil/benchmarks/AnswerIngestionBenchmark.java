package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryAdvisoryBoard;
import io.vigil.testkit.memory.alerting.InMemoryCheckInLog;
import io.vigil.testkit.memory.alerting.InMemoryCommunicationTestRegistry;
import io.vigil.testkit.memory.alerting.InMemoryEmergencyLog;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
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
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Answers to a roll-call or communication test ingested through the core
 * ({@code CommunicationTestsUseCase.checkIn}: validation, access decision, audit, first-answer-wins
 * log) on the in-memory adapters, for an audience of {@code audience} persons. {@code firstAnswers}
 * gives each operation a person who has not answered yet (a fresh test every iteration);
 * {@code duplicateAnswers} repeats answers already recorded, as an SMS provider retrying would;
 * {@code firstAnswersOnH2} is the first of these on the JDBC adapters over an in-memory H2 database
 * (an audience of {@code h2Audience}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AnswerIngestionBenchmark {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Actor SOC = Actor.of("soc", OFFICE, Role.SOC_OPERATOR);
    private static final Instant START = Instant.parse("2026-09-19T13:14:00Z");

    /** The wired use cases and a test whose audience answers. */
    @State(Scope.Benchmark)
    public static class Ingest {
        @Param("1000000")
        int audience;

        AlertingUseCases alerting;
        InMemoryCommunicationTestRegistry tests;
        InMemoryCheckInLog checkIns;
        List<PersonId> persons;
        CommTestId test;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void wire() {
            CountingAuditLog audit = new CountingAuditLog();
            tests = new InMemoryCommunicationTestRegistry();
            checkIns = new InMemoryCheckInLog();
            alerting = AnswerIngestionBenchmark.wire(new InMemoryPeopleStores().open(),
                    new AlertingPorts(new InMemoryOnCallRoster(), new InMemoryEmergencyLog(),
                            new InMemoryAdvisoryBoard(), tests, checkIns, new InMemoryPhoneTreeRegistry(),
                            new io.vigil.testkit.memory.alerting.InMemoryMessageSettingsStore()), audit);
            persons = Stream.generate(PersonId::random).limit(audience).toList();
        }

        /** A fresh test, so every answer of the iteration is a first answer. */
        @Setup(Level.Iteration)
        public void freshTest() {
            test = AnswerIngestionBenchmark.freshTest(tests, persons);
            next.set(0);
        }
    }

    /** A test every person of which has answered already. */
    @State(Scope.Benchmark)
    public static class Answered {
        CommTestId test;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void answerAll(Ingest ingest) {
            ingest.freshTest();
            test = ingest.test;
            Instant at = START.plusSeconds(60);
            ingest.persons.forEach(p -> ingest.checkIns.record(test, new CheckIn(p, Answer.SAFE, Channel.SMS, at,
                    false)));
        }
    }

    /** The same use case on the JDBC adapters over an in-memory H2 database. */
    @State(Scope.Benchmark)
    public static class OnH2 {
        @Param("100000")
        int h2Audience;

        AlertingUseCases alerting;
        AlertingPorts stores;
        HikariDataSource source;
        List<PersonId> persons;
        CommTestId test;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void wire() {
            source = JdbcDataSources.pool("jdbc:h2:mem:answers-bench;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcMigrations.migrate(source);
            stores = new JdbcAlertingStores(source).open();
            alerting = AnswerIngestionBenchmark.wire(new JdbcPeopleStores(source).open(), stores,
                    new CountingAuditLog());
            persons = Stream.generate(PersonId::random).limit(h2Audience).toList();
        }

        @Setup(Level.Iteration)
        public void freshTest() {
            test = AnswerIngestionBenchmark.freshTest(stores.tests(), persons);
            next.set(0);
        }

        @TearDown(Level.Trial)
        public void close() {
            source.close();
        }
    }

    @Benchmark
    public CheckIn firstAnswersOnH2(OnH2 h2) {
        return answer(h2.alerting, h2.persons, h2.test, h2.next.getAndIncrement());
    }

    /** The alerting use cases on the ports, with a fixed clock six minutes after the tests start. */
    static AlertingUseCases wire(PeoplePorts peoplePorts, AlertingPorts alertingPorts, AuditLog audit) {
        Kernel kernel = Vigil.kernel(MutableClock.at("2026-09-19T13:20:00Z"), audit);
        return AlertingServices.create(alertingPorts, new InMemoryMessageGateway(),
                PeopleServices.create(peoplePorts, kernel), kernel);
    }

    /** A new test asking the persons, stored in the registry. */
    static CommTestId freshTest(CommunicationTestRegistry registry, List<PersonId> persons) {
        return registry.save(new CommunicationTest(CommTestId.random(), OFFICE, 0, "Benchmark", Set.of(Channel.SMS),
                persons, List.of(), START, START.plus(Duration.ofHours(2)), new Target(90, 60), "soc",
                TestPurpose.scheduled())).id();
    }

    private static CheckIn answer(AlertingUseCases alerting, List<PersonId> persons, CommTestId test,
                                  int i) {
        return alerting.tests().checkIn(SOC, test, new CheckInDetails(persons.get(i % persons.size()), Answer.SAFE,
                Channel.SMS, START.plusSeconds(300))).checkIn();
    }

    @Benchmark
    public CheckIn firstAnswers(Ingest in) {
        return answer(in.alerting, in.persons, in.test, in.next.getAndIncrement());
    }

    @Benchmark
    @Threads(2)
    public CheckIn firstAnswersTwoThreads(Ingest in) {
        return answer(in.alerting, in.persons, in.test, in.next.getAndIncrement());
    }

    @Benchmark
    public CheckIn duplicateAnswers(Ingest in, Answered done) {
        return answer(in.alerting, in.persons, done.test, done.next.getAndIncrement());
    }
}
