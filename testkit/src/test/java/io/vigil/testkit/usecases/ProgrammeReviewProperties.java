package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewSection;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever incidents, communication tests and equipment tests an office records, and whatever period and {@code asOf}
 * a review is made for, its counts equal the counts taken record by record through the incident and
 * alerting contexts' own use cases (each incident read back by id, each test from the test history),
 * and the equipment checks done and overdue equal those worked out from the checks as recorded.
 */
class ProgrammeReviewProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String[]> KINDS = List.of(new String[] {"crime", "theft"},
            new String[] {"crime", "carjacking"}, new String[] {"terrorism", "bombing"});

    /** An incident: the day it occurred, the days until it was recorded, its kind. */
    private record Incident(int day, int delay, int kind) {
    }

    /** A communication test: the day it started and how many of the two persons answered. */
    private record CommTest(int day, int answers) {
    }

    /** An equipment test of the office's CCTV-1 (tested every 30 days): the day, whether it passed. */
    private record Check(int day, boolean passed) {
    }

    /** A review: first day, length in days, days from the period's end to asOf. */
    private record Period(int from, int days, int lag) {
    }

    @Test
    void the_reviews_counts_equal_the_counts_taken_through_each_contexts_use_cases() {
        Gen<Incident> incident = Generate.range(0, 199).zip(Generate.range(0, 40), Generate.range(0, KINDS.size() - 1),
                Incident::new);
        Gen<CommTest> test = Generate.range(0, 199).zip(Generate.range(0, 2), CommTest::new);
        Gen<Period> period = Generate.range(0, 120).zip(Generate.range(1, 100), Generate.range(0, 40), Period::new);
        Gen<Check> check = Generate.range(0, 199).zip(Generate.booleans(), Check::new);
        Theories.qt(25).forAll(lists().of(incident).ofSizeBetween(0, 12), lists().of(test).ofSizeBetween(0, 5), period,
                lists().of(check).ofSizeBetween(0, 6)).checkAssert(this::check);
    }

    private void check(List<Incident> incidents, List<CommTest> tests, Period p, List<Check> checks) {
        MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        List<PersonId> persons = List.of(person(vigil, officer, "A", "+52 55 1000 0001"),
                person(vigil, officer, "B", "+52 55 1000 0002"));
        List<Incident> byRecording = incidents.stream().sorted(Comparator.comparingInt(i -> i.day() + i.delay()))
                .toList();
        List<IncidentReport> recorded = new ArrayList<>();
        for (Incident i : byRecording) {
            clock.set(day(i.day() + i.delay()).plus(Duration.ofHours(12)));
            String[] kind = KINDS.get(i.kind());
            recorded.add(vigil.incident().reports().create(officer, new IncidentDetails(kind[0], kind[1], "Incident",
                    null, day(i.day()).plus(Duration.ofHours(11)), new PlaceDetails("Roma", GeoPoint.of(19.41, -99.16),
                    null), List.of(), List.of(), Severity.MINOR, "a guard", Verification.CONFIRMED)));
        }
        for (CommTest t : tests.stream().sorted(Comparator.comparingInt(CommTest::day)).toList()) {
            clock.set(day(t.day()).plus(Duration.ofHours(9)));
            CommunicationTest started = vigil.alerting().tests().start(officer, new CommTestDetails("Test",
                    Set.of(Channel.SMS), null, 120, 90, 60, null));
            for (int a = 0; a < t.answers(); a++) {
                clock.set(started.startedAt().plus(Duration.ofMinutes(5 + a)));
                vigil.alerting().tests().checkIn(officer, started.id(), new CheckInDetails(persons.get(a), Answer.SAFE,
                        Channel.SMS, null));
            }
        }
        Facility office = vigil.risk().facilities().create(officer, new FacilityDetails("Office", FacilityKind.OFFICE,
                "Roma", GeoPoint.of(19.41, -99.16), null, List.of(new SecurityAsset("CCTV-1", AssetKind.CCTV, "cameras",
                new Procurement("Cams SA", BASE, "PO-1"), 3650, 30, List.of()))));
        List<Check> byDay = checks.stream().sorted(Comparator.comparingInt(Check::day)).toList();
        for (int i = 0; i < byDay.size(); i++) {
            // a check an hour apart from the one before on the same day, so that no two share an instant
            clock.set(day(byDay.get(i).day()).plus(Duration.ofHours(8 + i)));
            office = vigil.risk().facilities().recordCheck(officer, office.id(), office.version(), "CCTV-1",
                    new CheckResult(CheckKind.TEST, clock.instant(), byDay.get(i).passed(), "checked"));
        }
        clock.set(day(400));
        Instant from = day(p.from());
        Instant to = day(p.from() + p.days());
        Instant asOf = to.plus(Duration.ofDays(p.lag()));
        ProgrammeReview review = vigil.review().programme().review(officer, from, to, asOf);

        ReviewSection equipment = review.section("equipment");
        List<Instant> tested = new ArrayList<>();
        for (int i = 0; i < byDay.size(); i++) {
            tested.add(day(byDay.get(i).day()).plus(Duration.ofHours(8 + i)));
        }
        List<Integer> inPeriod = java.util.stream.IntStream.range(0, byDay.size())
                .filter(i -> !tested.get(i).isBefore(from) && tested.get(i).isBefore(to)).boxed().toList();
        assertThat(equipment.figure("checksDone").value()).isEqualTo(inPeriod.size());
        assertThat(equipment.figure("checksFailed").value()).isEqualTo(inPeriod.stream()
                .filter(i -> !byDay.get(i).passed()).count());
        Instant lastTest = tested.stream().filter(t -> !t.isAfter(asOf)).reduce((a, b) -> b).orElse(BASE);
        assertThat(equipment.figure("checksOverdue").records()).as("the test is due 30 days after the last by asOf")
                .isEqualTo(lastTest.plus(Duration.ofDays(30)).isAfter(asOf) ? List.of()
                        : List.of(office.id() + "/CCTV-1/TEST"));

        ReviewSection inc = review.section("incidents");
        List<IncidentReport> readBack = recorded.stream().map(r -> vigil.incident().reports().get(officer, r.id()))
                .toList();
        List<String> expected = readBack.stream().filter(r -> !r.occurredAt().isBefore(from)
                && r.occurredAt().isBefore(to) && !r.recordedAt().isAfter(asOf)).map(r -> r.id().toString()).sorted()
                .toList();
        assertThat(inc.figure("incidents").records()).containsExactlyElementsOf(expected);
        Instant before = from.minus(Duration.between(from, to));
        assertThat(inc.figure("previousPeriod").value()).isEqualTo(readBack.stream().filter(r ->
                !r.occurredAt().isBefore(before) && r.occurredAt().isBefore(from) && !r.recordedAt().isAfter(asOf))
                .count());
        Map<String, Long> byCategory = readBack.stream().filter(r -> expected.contains(r.id().toString()))
                .collect(Collectors.groupingBy(IncidentReport::category, TreeMap::new, Collectors.counting()));
        byCategory.forEach((category, n) -> assertThat(inc.figure("category." + category).value()).isEqualTo(n));
        assertThat(inc.figures().stream().filter(f -> f.key().startsWith("category.")).count())
                .isEqualTo(byCategory.size());
        assertThat(inc.charts().get(0).bars().stream().mapToLong(b -> b.value()).sum()).isEqualTo(expected.size());

        ReviewSection comm = review.section("communication");
        List<TestResult> history = Page.all(page -> vigil.alerting().tests().history(officer, page)).stream()
                .filter(r -> !r.test().startedAt().isBefore(from) && r.test().startedAt().isBefore(to)).toList();
        assertThat(comm.figure("tests").records()).containsExactlyInAnyOrderElementsOf(history.stream()
                .map(r -> r.test().id().toString()).toList());
        assertThat(comm.figure("targetsMet").value() + comm.figure("targetsMissed").value()).isEqualTo(history.size());
        assertThat(comm.figure("targetsMet").value()).isEqualTo(history.stream().filter(r -> r.score().targetMet())
                .count());
        long mean = history.isEmpty() ? 0 : Math.round(history.stream().mapToDouble(r -> r.score().responseRate())
                .average().orElseThrow() * 100);
        assertThat(comm.figure("meanResponseRate").value()).isEqualTo(mean);
    }

    private static Instant day(int n) {
        return BASE.plus(Duration.ofDays(n));
    }

    private static PersonId person(InMemoryVigil vigil, Actor officer, String given, String phone) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Staff", PersonCategory.NATIONAL_STAFF,
                "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile")), List.of(), null, null))
                .personId();
    }
}
