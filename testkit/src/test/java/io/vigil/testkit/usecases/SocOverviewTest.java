package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.OfficeRollCalls;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.movement.domain.CallInSchedule;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.VehicleId;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeHeadcount;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.soc.port.in.OfficeOverview;
import io.vigil.soc.port.in.SocOverview;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The SOC's overview of two offices, every count worked out by hand from the fixture: Mexico City has
 * four persons (two in the country, one abroad, one with no stay), one roll-call open with two of its
 * four answered (one needing help), one movement past its call-in deadline and one liaison action
 * overdue; Bangui has two persons (one in the country, one with no stay), one roll-call open with one
 * of its two answered (she needed help, then said she was safe), no overdue movement and one overdue
 * action. The SOC's own office holds nothing.
 */
class SocOverviewTest {
    private static final OfficeId MEX = OfficeId.of("MX-MEX");
    private static final OfficeId BGF = OfficeId.of("CF-BGF");
    private static final OfficeId SOC_OFFICE = OfficeId.of("HQ-SOC");
    private static final List<GeoPoint> AREA = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.45, -99.10)).vertices();

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Instant now = clock.instant();
    private final Actor soc = Actor.of("soc", SOC_OFFICE, Role.SOC_OPERATOR);
    private final Actor mexOfficer = Actor.of("officer", MEX, Role.SECURITY_OFFICER);
    private final Actor bgfOfficer = Actor.of("officer-bgf", BGF, Role.SECURITY_OFFICER);

    private PersonId person(Actor officer, String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Count",
                PersonCategory.INTERNATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
    }

    private void stay(Actor officer, PersonId who, Duration ago, Duration leftAgo) {
        vigil.people().presences().record(officer, new PresenceDetails(who, now.minus(ago),
                leftAgo == null ? null : now.minus(leftAgo)));
    }

    private CommunicationTest rollCall(OfficeId office, List<PersonId> asked, Instant start, Instant close) {
        Incident incident = new Incident(AREA, start, 15, 45, asked.stream().map(p -> new Incident.Affected(p,
                "Person", Optional.empty(), "residence")).toList(), Optional.empty(), Optional.empty());
        return vigil.alertingPorts().tests().save(new CommunicationTest(CommTestId.random(), office, 0, "Earthquake",
                Set.of(Channel.SMS), asked, List.of(), start, close, new Target(100, 60), "officer",
                TestPurpose.rollCall(incident)));
    }

    private void answer(CommunicationTest t, PersonId p, Answer a, long minutesAfterStart) {
        vigil.alertingPorts().checkIns().record(t.id(), new CheckIn(p, a, Channel.SMS,
                t.startedAt().plus(Duration.ofMinutes(minutesAfterStart)), false));
    }

    private Movement movement(OfficeId office, Duration departedAgo) {
        Instant departure = now.minus(departedAgo);
        return vigil.movementPorts().movements().save(Movement.planned(MovementId.random(), office, 0, "To the airport",
                List.of(new GeoPoint(19.43, -99.13), new GeoPoint(19.44, -99.07)), List.of(VehicleId.random()),
                List.of(DriverId.random()), Optional.empty(), Optional.empty(), departure,
                departure.plus(Duration.ofHours(6)), List.of(), new CallInSchedule(60, 15)));
    }

    private void action(OfficeId office, LocalDate due) {
        vigil.liaisonPorts().actions().save(ActionItem.open(ActionItemId.random(), office, ActionKind.ASSOCIATE_TASK,
                Optional.empty(), "Renew the radio licences", PersonId.random(), due,
                now.minus(Duration.ofDays(30)), "officer"));
    }

    {
        vigil.peoplePorts().offices().save(new OfficeProfile(MEX, 0, "Mexico City", ZoneId.of("America/Mexico_City"),
                "MX"));
        vigil.peoplePorts().offices().save(new OfficeProfile(BGF, 0, "Bangui", ZoneId.of("Africa/Bangui"), "CF"));

        PersonId ana = person(mexOfficer, "Ana");
        PersonId ben = person(mexOfficer, "Ben");
        PersonId cruz = person(mexOfficer, "Cruz");
        PersonId dora = person(mexOfficer, "Dora");
        stay(mexOfficer, ana, Duration.ofDays(100), null);                      // in the country
        stay(mexOfficer, ben, Duration.ofDays(100), Duration.ofDays(3));         // left three days ago: abroad
        stay(mexOfficer, dora, Duration.ofDays(2), null);                       // in the country; cruz: no stay
        PersonId eli = person(bgfOfficer, "Eli");
        PersonId fay = person(bgfOfficer, "Fay");
        stay(bgfOfficer, eli, Duration.ofDays(40), null);                       // in the country; fay: no stay

        CommunicationTest quake = rollCall(MEX, List.of(ana, ben, cruz, dora), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(3)));
        answer(quake, ana, Answer.SAFE, 5);
        answer(quake, ben, Answer.NEEDS_HELP, 9);                               // cruz and dora are silent
        CommunicationTest closed = rollCall(MEX, List.of(ana), now.minus(Duration.ofHours(5)),
                now.minus(Duration.ofHours(1)));
        answer(closed, ana, Answer.SAFE, 3);
        CommunicationTest clashes = rollCall(BGF, List.of(eli, fay), now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofHours(4)));
        answer(clashes, eli, Answer.NEEDS_HELP, 2);
        answer(clashes, eli, Answer.SAFE, 20);                                  // still counted as needing help

        movement(MEX, Duration.ofHours(3));       // no call-in since departure: past its 75-minute deadline
        movement(MEX, Duration.ofMinutes(30));    // under way, due to call in
        Movement arrived = movement(BGF, Duration.ofHours(3));
        vigil.movementPorts().movements().save(arrived.arrive(now.minus(Duration.ofHours(1))).orElseThrow());

        action(MEX, LocalDate.of(2026, 9, 10));   // overdue
        action(MEX, LocalDate.of(2026, 9, 19));   // due today in Mexico City: not yet overdue
        action(BGF, LocalDate.of(2026, 9, 18));   // overdue
    }

    private static OfficeOverview row(SocOverview overview, OfficeId office) {
        return overview.offices().stream().filter(o -> o.office().equals(office)).findFirst().orElseThrow();
    }

    @Test
    void the_soc_sees_every_office_counted_by_hand() {
        SocOverview overview = vigil.soc().overview().overview(soc, now);

        assertThat(overview.complete()).isTrue();
        assertThat(overview.offices()).extracting(OfficeOverview::office).containsExactly(BGF, SOC_OFFICE, MEX);
        OfficeOverview mex = row(overview, MEX);
        assertThat(mex.name()).contains("Mexico City");
        assertThat(mex.headcount()).isEqualTo(new OfficeHeadcount(MEX, 2, 1, 1));
        assertThat(mex.headcount().total()).isEqualTo(4);
        assertThat(mex.rollCalls()).isEqualTo(new OfficeRollCalls(MEX, 1, 4, 2, 1));
        assertThat(mex.rollCalls().silent()).isEqualTo(2);
        assertThat(mex.overdueMovements()).isEqualTo(1);
        assertThat(mex.overdueActions()).isEqualTo(1);

        OfficeOverview bgf = row(overview, BGF);
        assertThat(bgf.name()).contains("Bangui");
        assertThat(bgf.headcount()).isEqualTo(new OfficeHeadcount(BGF, 1, 0, 1));
        assertThat(bgf.rollCalls()).isEqualTo(new OfficeRollCalls(BGF, 1, 2, 1, 1));
        assertThat(bgf.rollCalls().silent()).isEqualTo(1);
        assertThat(bgf.overdueMovements()).isZero();
        assertThat(bgf.overdueActions()).isEqualTo(1);

        OfficeOverview own = row(overview, SOC_OFFICE);
        assertThat(own.name()).isEmpty();
        assertThat(own.headcount().total()).isZero();
        assertThat(own.rollCalls().open()).isZero();
        assertThat(own.overdue()).isZero();

        assertThat(overview.totals()).isEqualTo(new SocOverview.Totals(6, 2, 3, 2, 3));
    }

    @Test
    void the_counts_follow_the_instant_asked() {
        // five hours ago, a minute after the closed roll-call started: it was open (ana had not answered
        // yet) and the quake's had not started; the first movement had not left
        Instant before = now.minus(Duration.ofHours(5)).plusSeconds(60);
        OfficeOverview mex = row(vigil.soc().overview().overview(soc, List.of(MEX), before), MEX);
        assertThat(mex.headcount()).isEqualTo(new OfficeHeadcount(MEX, 2, 1, 1));
        assertThat(mex.rollCalls()).isEqualTo(new OfficeRollCalls(MEX, 1, 1, 1, 0));
        assertThat(mex.overdueMovements()).isZero();
        assertThat(mex.overdueActions()).isEqualTo(1);

        // sixty hours ago ben had left and dora had not arrived: only ana was in the country
        assertThat(row(vigil.soc().overview().overview(soc, List.of(MEX), now.minus(Duration.ofHours(60))), MEX)
                .headcount()).isEqualTo(new OfficeHeadcount(MEX, 1, 2, 1));

        // at 01:00 UTC on the 20th it is still the 19th in Mexico City but the 20th in Bangui
        Instant night = Instant.parse("2026-09-20T01:00:00Z");
        action(BGF, LocalDate.of(2026, 9, 19));
        SocOverview late = vigil.soc().overview().overview(soc, List.of(MEX, BGF), night);
        assertThat(row(late, MEX).overdueActions()).isEqualTo(1);
        assertThat(row(late, BGF).overdueActions()).isEqualTo(2);
    }

    @Test
    void an_office_manager_sees_only_their_office_and_is_refused_another() {
        Actor manager = Actor.of("manager", MEX, Role.MANAGER);
        SocOverview overview = vigil.soc().overview().overview(manager, now);
        assertThat(overview.offices()).extracting(OfficeOverview::office).containsExactly(MEX);
        assertThat(overview.offices().get(0).headcount()).isEqualTo(new OfficeHeadcount(MEX, 2, 1, 1));
        assertThat(overview.offices().get(0).overdue()).isEqualTo(2);
        assertThatThrownBy(() -> vigil.soc().overview().overview(manager, List.of(MEX, BGF), now))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.soc().overview().overview(bgfOfficer, now).offices()).extracting(OfficeOverview::office)
                .containsExactly(BGF);
    }

    @Test
    void staff_wardens_and_vendors_are_refused() {
        Actor staff = Actor.staff("lucia", MEX, PersonId.random());
        Actor vendor = Actor.of("vendor", MEX, Role.VENDOR);
        Actor integration = Actor.of("hr", MEX, Role.INTEGRATION);
        for (Actor refused : List.of(staff, vendor, integration)) {
            assertThatThrownBy(() -> vigil.soc().overview().overview(refused, now))
                    .as(refused.subject()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_overview_is_audited_as_a_read_of_headcounts_and_of_accountability_naming_the_offices_and_nobody() {
        vigil.soc().overview().overview(soc, List.of(MEX, BGF), now);
        List<AuditEntry> entries = vigil.auditLog().find(AuditQuery.office(SOC_OFFICE), PageRequest.first(50)).items().stream()
                .filter(e -> e.actor().equals("soc")).toList();
        assertThat(entries).extracting(AuditEntry::resourceType, AuditEntry::resourceId, AuditEntry::granted)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("headcount", "CF-BGF,MX-MEX", true),
                        org.assertj.core.groups.Tuple.tuple("roll-call-counts", "CF-BGF,MX-MEX", true));
        assertThat(entries).allSatisfy(e -> assertThat(e.persons()).isEmpty());
    }

    @Test
    void the_offices_asked_are_at_least_one_and_at_most_five_hundred_and_the_instant_is_required() {
        List<OfficeId> many = IntStream.range(0, 501).mapToObj(i -> OfficeId.of("XX-" + i)).toList();
        assertThatThrownBy(() -> vigil.soc().overview().overview(soc, many, now))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.getMessage())
                        .contains("offices").contains("at most 500").contains("501"));
        assertThatThrownBy(() -> vigil.soc().overview().overview(soc, List.of(), now))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.getMessage())
                        .contains("offices"));
        assertThatThrownBy(() -> vigil.soc().overview().overview(soc, null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.getMessage())
                        .contains("at"));
        assertThat(vigil.soc().overview().overview(soc, List.of(MEX, MEX), now).offices()).hasSize(1);
    }
}
