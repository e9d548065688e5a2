package io.vigil.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.OfficeRollCalls;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.JsonBody;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.crisis.JdbcCrisisStores;
import io.vigil.jdbc.documents.JdbcDocumentsStores;
import io.vigil.jdbc.guard.JdbcGuardStores;
import io.vigil.jdbc.incident.JdbcIncidentStores;
import io.vigil.jdbc.liaison.JdbcLiaisonStores;
import io.vigil.jdbc.movement.JdbcMovementStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.jdbc.travel.JdbcTravelStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.movement.domain.CallInSchedule;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.Whereabouts;
import io.vigil.people.port.in.OfficeHeadcount;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.soc.port.in.OfficeOverview;
import io.vigil.soc.port.in.SocOverview;
import io.vigil.wiring.Vigil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

/**
 * The SOC's cross-office overview (issue 16: "over 100 offices under 200 ms on PostgreSQL") through
 * the use case on the JDBC stores, next to a naive loop in the same run that asks each office's own
 * use cases in turn, as each office's officer would (the headcount, the test history and the view of
 * each open roll-call, the movement list, the overdue liaison actions). The benchmark starts an
 * embedded PostgreSQL (durability off: throwaway data), migrates it, loads 100 offices of 1,000
 * persons each (100,000 in all; six in ten with a stay in the country, one in six of those abroad
 * at the instant) with {@code COPY}, and saves through the stores, per office, one roll-call open
 * at the instant in one office of ten (200 asked, 120 answered, 20 of them needing help) and one
 * closed, 20 tracked movements of which 3 missed their call-in, and 50 liaison actions of which 5 are
 * overdue. Both ways are checked to agree, office by office, before measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class SocOverviewBenchmark {
    static final int OFFICES = 100;
    static final int PERSONS_PER_OFFICE = 1_000;
    static final Instant AT = Instant.parse("2026-12-04T12:00:00Z");
    static final Actor SOC = Actor.of("soc", OfficeId.of("HQ-SOC"), Role.SOC_OPERATOR);
    private static final List<GeoPoint> AREA = GeoArea.rectangle(new GeoPoint(4.30, 18.50),
            new GeoPoint(4.45, 18.65)).vertices();

    /** The embedded server, loaded, and Vigil over its JDBC stores. */
    @State(Scope.Benchmark)
    public static class Postgres {
        EmbeddedPostgres server;
        HikariDataSource source;
        Vigil vigil;
        List<OfficeId> offices;

        @Setup(Level.Trial)
        public void setUp() throws IOException, SQLException {
            Instant started = Instant.now();
            server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "512MB").start();
            source = JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            JdbcMigrations.migrate(source);
            PeoplePorts people = new JdbcPeopleStores(source).open();
            AlertingPorts alerting = new JdbcAlertingStores(source).open();
            MovementPorts movement = new JdbcMovementStores(source).open();
            LiaisonPorts liaison = new JdbcLiaisonStores(source).open();
            vigil = Vigil.create(Vigil.kernel(Clock.fixed(AT, ZoneOffset.UTC), new JdbcAuditStores(source).open()),
                    people, new JdbcRiskStores(source).open(), alerting, new JdbcAwarenessStores(source).open(),
                    new JdbcTravelStores(source).open(), movement, new JdbcGuardStores(source).open(),
                    new JdbcIncidentStores(source).open(), new JdbcCrisisStores(source).open(),
                    new JdbcDocumentsStores(source).open(), liaison, new JdbcOutbox(source));
            offices = new ArrayList<>();
            for (int o = 0; o < OFFICES; o++) {
                offices.add(OfficeId.of(String.format("OF-%03d", o)));
            }
            List<List<PersonId>> persons = load(source, offices);
            for (int o = 0; o < OFFICES; o++) {
                OfficeId office = offices.get(o);
                people.offices().save(new OfficeProfile(office, 0, "Office " + o, ZoneOffset.UTC, "CF"));
                seed(office, o, persons.get(o), alerting, movement, liaison);
            }
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                // as autovacuum leaves a database in use: statistics, and the visibility map index-only scans read
                s.execute("VACUUM ANALYZE");
            }
            System.out.println("# loaded PostgreSQL in " + Duration.between(started, Instant.now()).toSeconds()
                    + " s");
            check(overview(this), naive(this));
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            source.close();
            server.close();
        }
    }

    /** The persons of every office (with COPY), and their stays; each office's persons, in order. */
    static List<List<PersonId>> load(HikariDataSource source, List<OfficeId> offices) throws SQLException {
        List<Person> persons = new ArrayList<>();
        List<Presence> stays = new ArrayList<>();
        List<List<PersonId>> byOffice = new ArrayList<>();
        for (OfficeId office : offices) {
            List<PersonId> theirs = new ArrayList<>();
            for (int i = 0; i < PERSONS_PER_OFFICE; i++) {
                Person p = new Person(PersonId.random(), office, 1, "Given" + i, "Family" + i,
                        i % 3 == 0 ? PersonCategory.NATIONAL_STAFF : PersonCategory.INTERNATIONAL_STAFF, "UNIT",
                        Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
                persons.add(p);
                theirs.add(p.id());
                if (i % 10 < 6) {
                    // six in ten have a stay: five of them still here, one left a month ago
                    Instant arrival = AT.minus(Duration.ofDays(100 + i % 50));
                    stays.add(new Presence(PresenceId.random(), office, 1, p.id(), arrival, i % 10 == 5
                            ? Optional.of(AT.minus(Duration.ofDays(30))) : Optional.empty()));
                }
            }
            byOffice.add(theirs);
        }
        JsonBody<Person> personBody = new JsonBody<>(VigilJson.mapper(), Person.class, "person");
        JsonBody<Presence> presenceBody = new JsonBody<>(VigilJson.mapper(), Presence.class, "presence");
        try (Connection c = source.getConnection()) {
            PostgresLocatorBenchmark.copy(c, "person (id, office_id, version, sort_key, search_name, category, org_unit,"
                    + " sponsor_id, body)", persons, (p, row) -> row.add(p.id()).add(p.office().value()).add(1)
                    .add(p.sortKey()).add(p.displayName().toLowerCase(java.util.Locale.ROOT)).add(p.category().name())
                    .add(p.orgUnit()).nul().add(personBody.write(p)));
            PostgresLocatorBenchmark.copy(c, "presence (id, office_id, version, person_id, arrival, departure, body)",
                    stays, (s, row) -> {
                        row.add(s.id()).add(s.office().value()).add(1).add(s.person()).add(s.arrival());
                        if (s.departure().isPresent()) {
                            row.add(s.departure().get());
                        } else {
                            row.nul();
                        }
                        row.add(presenceBody.write(s));
                    });
        }
        return byOffice;
    }

    /** The office's roll-calls, movements and liaison actions, saved through the stores. */
    static void seed(OfficeId office, int o, List<PersonId> persons, AlertingPorts alerting, MovementPorts movement,
                     LiaisonPorts liaison) {
        if (o % 10 == 0) {
            List<PersonId> asked = persons.subList(0, 200);
            CommunicationTest open = alerting.tests().save(rollCall(office, asked, AT.minus(Duration.ofHours(1)),
                    AT.plus(Duration.ofHours(3))));
            for (int i = 0; i < 120; i++) {
                Answer a = i < 20 ? Answer.NEEDS_HELP : Answer.SAFE;
                alerting.checkIns().record(open.id(), new CheckIn(asked.get(i), a, Channel.SMS,
                        open.startedAt().plusSeconds(60 + i), false));
            }
        }
        CommunicationTest closed = alerting.tests().save(rollCall(office, persons.subList(200, 250),
                AT.minus(Duration.ofDays(2)), AT.minus(Duration.ofDays(1))));
        alerting.checkIns().record(closed.id(), new CheckIn(persons.get(200), Answer.SAFE, Channel.SMS,
                closed.startedAt().plusSeconds(60), false));
        for (int m = 0; m < 20; m++) {
            // three left three hours ago and never called in; the others left within the hour
            Instant departure = AT.minus(m < 3 ? Duration.ofHours(3) : Duration.ofMinutes(m));
            movement.movements().save(Movement.planned(MovementId.random(), office, 0, "Convoy " + m,
                    List.of(new GeoPoint(4.36, 18.55), new GeoPoint(4.40, 18.60)), List.of(VehicleId.random()),
                    List.of(DriverId.random()), Optional.empty(), Optional.empty(), departure,
                    departure.plus(Duration.ofHours(8)), List.of(persons.get(m)), new CallInSchedule(60, 15)));
        }
        LocalDate today = LocalDate.ofInstant(AT, ZoneOffset.UTC);
        for (int a = 0; a < 50; a++) {
            ActionItem item = ActionItem.open(ActionItemId.random(), office, ActionKind.ASSOCIATE_TASK,
                    Optional.empty(), "Task " + a, persons.get(a), a < 35 ? today.minusDays(1 + a) : today.plusDays(a),
                    AT.minus(Duration.ofDays(60)), "officer");
            if (a >= 5 && a < 35) {
                item = item.change(Optional.empty(), Optional.empty(), Optional.of(ActionStatus.DONE),
                        AT.minus(Duration.ofDays(1)), "officer");
            }
            liaison.actions().save(item);
        }
    }

    private static CommunicationTest rollCall(OfficeId office, List<PersonId> asked, Instant start, Instant close) {
        Incident incident = new Incident(AREA, start, 15, 45, asked.stream().map(p -> new Incident.Affected(p,
                "Person", Optional.empty(), "residence")).toList(), Optional.empty(), Optional.empty());
        return new CommunicationTest(CommTestId.random(), office, 0, "Armed clashes", Set.of(Channel.SMS), asked,
                List.of(), start, close, new Target(100, 60), "officer", TestPurpose.rollCall(incident));
    }

    /** The overview through the use case: four aggregated reads across the offices. */
    static List<OfficeOverview> overview(Postgres store) {
        SocOverview o = store.vigil.soc().overview().overview(SOC, store.offices, AT);
        return o.offices();
    }

    /** The same rows from each office's own use cases, one office after the other. */
    static List<OfficeOverview> naive(Postgres store) {
        List<OfficeOverview> rows = new ArrayList<>();
        for (OfficeId office : store.offices) {
            Actor officer = Actor.of("officer", office, Role.SECURITY_OFFICER);
            PresenceHeadcount h = store.vigil.people().headcounts().headcount(officer, AT);
            int open = 0;
            long affected = 0;
            long answered = 0;
            long needsHelp = 0;
            for (TestResult r : store.vigil.alerting().tests().history(officer, PageRequest.first(100)).items()) {
                CommunicationTest t = r.test();
                if (!t.rollCall() || t.startedAt().isAfter(AT) || !t.closesAt().isAfter(AT)) {
                    continue;
                }
                RollCallView view = store.vigil.alerting().rollCallView().view(officer, t.id(),
                        RollCallViewQuery.all(PageRequest.first(1)));
                open++;
                affected += view.counts().values().stream().mapToInt(Integer::intValue).sum();
                answered += view.counts().getOrDefault(RollCallStatus.State.SAFE, 0) + view.counts().getOrDefault(RollCallStatus.State.NEEDS_HELP, 0);
                needsHelp += view.counts().getOrDefault(RollCallStatus.State.NEEDS_HELP, 0);
            }
            int movements = (int) store.vigil.movement().movements().list(officer, PageRequest.first(100)).items()
                    .stream().filter(m -> m.statusAt(AT) == MovementStatus.OVERDUE).count();
            int actions = store.vigil.liaison().actions().overdue(officer, AT).size();
            rows.add(new OfficeOverview(office, Optional.of(store.vigil.people().offices().get(officer, office).name()),
                    new OfficeHeadcount(office, h.of(Whereabouts.IN_COUNTRY).total(), h.of(Whereabouts.ABROAD).total(),
                            h.of(Whereabouts.NO_STAY_RECORDED).total()),
                    new OfficeRollCalls(office, open, affected, answered, needsHelp), movements, actions));
        }
        return rows;
    }

    /** Fails the trial unless both ways give the same rows, and the rows the data set was built with. */
    static void check(List<OfficeOverview> overview, List<OfficeOverview> naive) {
        if (!overview.equals(naive)) {
            throw new IllegalStateException("the overview and the per-office loop differ:\n" + overview + "\n" + naive);
        }
        long persons = overview.stream().mapToLong(o -> o.headcount().total()).sum();
        int open = overview.stream().mapToInt(o -> o.rollCalls().open()).sum();
        int late = overview.stream().mapToInt(OfficeOverview::overdue).sum();
        if (persons != (long) OFFICES * PERSONS_PER_OFFICE || open != OFFICES / 10 || late != OFFICES * (3 + 5)) {
            throw new IllegalStateException("unexpected totals: " + persons + " persons, " + open
                    + " open roll-calls, " + late + " overdue");
        }
        System.out.println("# both agree on " + overview.size() + " offices: " + persons + " persons, " + open
                + " open roll-calls, " + late + " items overdue");
    }

    @Benchmark
    public List<OfficeOverview> socOverview(Postgres store) {
        return overview(store);
    }

    @Benchmark
    public List<OfficeOverview> naivePerOfficeLoop(Postgres store) {
        return naive(store);
    }
}
