package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.ArrivalDetails;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.DriverDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The movement use cases over in-memory adapters with the real people and alerting contexts: plans
 * checked against convoy rules and the fleet's fitness, call-ins, overdue episodes escalated by the
 * clock through the outbox (officer on call, then crisis team leader), and need-to-know with its audit.
 */
class MovementUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final String OFFICER_PHONE = "+52 55 1000 0001";
    private static final String LEADER_PHONE = "+52 55 1000 0002";
    private static final Instant DEPARTURE = Instant.parse("2026-03-01T14:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final MovementUseCases movement = vigil.movement();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Actor soc = Actor.of("vigil-escalation-sweep", OFFICE, Role.SOC_OPERATOR);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
    private PersonId ana;
    private PersonId ben;
    private VehicleId lead;
    private VehicleId last;

    private PersonId person(String given, String phone) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Ruiz",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                "mobile")), List.of(), null, null)).personId();
    }

    private VehicleId vehicle(String plate, boolean radio, String inspectionDue) {
        return movement.vehicles().create(associate, new VehicleDetails(plate, "Land Cruiser", radio,
                LocalDate.parse("2027-01-01"), LocalDate.parse(inspectionDue), List.of("first-aid kit"))).id();
    }

    private MovementDetails plan(List<VehicleId> vehicles, List<PersonId> passengers) {
        return new MovementDetails("Field trip to Toluca", List.of(GeoPoint.of(19.43, -99.13),
                GeoPoint.of(19.29, -99.65)), vehicles, List.of(), null, null, DEPARTURE,
                DEPARTURE.plus(Duration.ofHours(6)), passengers, 30, 10);
    }

    @BeforeEach
    void office() {
        ana = person("Ana", "+52 55 2000 0001");
        ben = person("Ben", "+52 55 2000 0002");
        lead = vehicle("ABC-001", true, "2026-12-01");
        last = vehicle("ABC-002", true, "2026-12-01");
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "Security officer on call",
                OFFICER_PHONE, clock.instant(), clock.instant().plus(Duration.ofDays(2))));
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Marta Díaz", "Crisis team leader",
                LEADER_PHONE, clock.instant(), clock.instant().plus(Duration.ofDays(2))));
    }

    private List<OutboundMessage> sentTo(String phone) {
        return vigil.gateway().sentTo(OFFICE, phone);
    }

    @Test
    void a_missed_call_in_is_told_in_the_offices_default_language_with_the_deadline_in_local_time() {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico", "America/Mexico_City", "MX"));
        vigil.alerting().messages().setDefaultLanguage(officer, vigil.alerting().messages().get(officer).version(),
                Language.ES);
        movement.movements().create(associate, plan(List.of(lead, last), List.of(ana, ben)));
        clock.set(DEPARTURE.plus(Duration.ofMinutes(41)));
        assertThat(movement.movements().escalateAll(soc).sent()).isEqualTo(1);
        assertThat(sentTo(OFFICER_PHONE)).extracting(OutboundMessage::text).containsExactly("Vigil, el movimiento"
                + " \"Field trip to Toluca\" no se reporto a la hora prevista, 2026-03-01 08:30 CST"
                + " (America/Mexico_City): sin respuesta tras 10 minutos (2): Ana Ruiz (+52 55 2000 0001), Ben Ruiz"
                + " (+52 55 2000 0002).");
    }

    @Test
    void the_passengers_are_reminded_once_before_each_call_in_in_their_language_and_not_once_overdue() {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico", "America/Mexico_City", "MX"));
        PersonId carla = vigil.people().persons().register(officer, new PersonDetails("Carla", "Ruiz",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE,
                "+52 55 2000 0003", "mobile")), List.of(), null, null, Language.ES)).person().id();
        Movement m = movement.movements().create(associate, plan(List.of(lead, last), List.of(ana, carla)));
        clock.set(DEPARTURE.plus(Duration.ofMinutes(24)).plusSeconds(59));
        assertThat(movement.movements().escalateAll(soc).sent()).as("08:30 is more than 5 minutes away").isZero();
        clock.set(DEPARTURE.plus(Duration.ofMinutes(25)));
        assertThat(movement.movements().escalateAll(soc).sent()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        assertThat(movement.movements().escalateAll(soc).sent()).as("once per call-in").isZero();
        assertThat(sentTo("+52 55 2000 0001")).extracting(OutboundMessage::text).containsExactly("Vigil: call-in due"
                + " at 2026-03-01 08:30 CST (America/Mexico_City) on \"Field trip to Toluca\". Send OK, the time now as"
                + " HH:MM and where you are: OK 14:30 PK12.");
        assertThat(sentTo("+52 55 2000 0003")).extracting(OutboundMessage::text).containsExactly("Vigil: su reporte"
                + " en \"Field trip to Toluca\" vence a las 2026-03-01 08:30 CST (America/Mexico_City). Envie OK, la"
                + " hora como HH:MM y donde esta: OK 14:30 PK12.");
        assertThat(sentTo(OFFICER_PHONE)).as("the officer on call is not told of a reminder").isEmpty();

        // a call-in at 08:27 moves the next to 08:57: its reminder goes at 08:52
        clock.set(DEPARTURE.plus(Duration.ofMinutes(27)));
        movement.movements().callIn(soc, m.id(), new CallInDetails("Driver on radio", null, null, "all well"));
        clock.set(DEPARTURE.plus(Duration.ofMinutes(51)));
        assertThat(movement.movements().escalateAll(soc).sent()).isZero();
        clock.set(DEPARTURE.plus(Duration.ofMinutes(52)));
        assertThat(movement.movements().escalateAll(soc).sent()).isEqualTo(2);
        assertThat(sentTo("+52 55 2000 0001")).hasSize(2).last().extracting(OutboundMessage::text).asString()
                .contains("due at 2026-03-01 08:57 CST");

        clock.set(DEPARTURE.plus(Duration.ofMinutes(68)));
        assertThat(movement.movements().escalateAll(soc).sent()).as("overdue: the officer on call, no reminder")
                .isEqualTo(1);
        assertThat(sentTo("+52 55 2000 0001")).hasSize(2);
    }

    @Test
    void a_missed_call_in_tells_the_officer_on_call_then_the_crisis_team_leader_once_each_and_a_late_call_in_closes_it() {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico", "America/Mexico_City", "MX"));
        Movement m = movement.movements().create(associate, plan(List.of(lead, last), List.of(ana, ben)));
        clock.set(DEPARTURE.plus(Duration.ofMinutes(40)));
        assertThat(movement.movements().escalateAll(soc).sent()).as("on time: the deadline is 14:40").isZero();
        clock.set(DEPARTURE.plus(Duration.ofMinutes(41)));
        EscalationReport first = movement.movements().escalateAll(soc);
        assertThat(first.sent()).isEqualTo(1);
        assertThat(first.warnings()).isEmpty();
        assertThat(sentTo(OFFICER_PHONE)).singleElement().satisfies(msg -> assertThat(msg.text())
                .contains("Field trip to Toluca").contains("missed its call-in due 2026-03-01 08:30 CST (America/Mexico_City)")
                .contains("no answer after 10 minutes (2)").contains("Ana Ruiz (+52 55 2000 0001)").contains("Ben Ruiz"));
        assertThat(sentTo(LEADER_PHONE)).as("the leader's delay has not passed").isEmpty();
        assertThat(movement.movements().get(officer, m.id()).statusAt(clock.instant()))
                .isEqualTo(MovementStatus.OVERDUE);

        clock.advance(Duration.ofMinutes(28));
        assertThat(movement.movements().escalateAll(soc).sent()).as("nothing new, nothing twice").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(movement.movements().escalateAll(soc).sent()).isEqualTo(1);
        assertThat(sentTo(LEADER_PHONE)).singleElement().satisfies(msg -> assertThat(msg.text())
                .contains("no answer after 40 minutes"));
        assertThat(sentTo(OFFICER_PHONE)).hasSize(1);
        assertThat(movement.movements().escalateAll(soc).sent()).isZero();

        Movement called = movement.movements().callIn(soc, m.id(), new CallInDetails("Driver on radio", null,
                GeoPoint.of(19.3, -99.5), "flat tyre, all well"));
        assertThat(called.statusAt(clock.instant())).isEqualTo(MovementStatus.UNDER_WAY);
        assertThat(called.episodes()).singleElement().satisfies(e -> {
            assertThat(e.since()).isEqualTo(DEPARTURE.plus(Duration.ofMinutes(40)));
            assertThat(e.officerAlertedAt()).contains(DEPARTURE.plus(Duration.ofMinutes(41)));
            assertThat(e.leaderAlertedAt()).contains(DEPARTURE.plus(Duration.ofMinutes(70)));
            assertThat(e.closedAt()).contains(clock.instant());
        });
        assertThat(called.callIns()).singleElement().satisfies(c -> assertThat(c.recordedBy())
                .isEqualTo("vigil-escalation-sweep"));
        Movement arrived = movement.movements().arrive(soc, m.id(), new ArrivalDetails(null));
        assertThat(arrived.statusAt(clock.instant().plus(Duration.ofDays(1)))).isEqualTo(MovementStatus.ARRIVED);
        assertThatThrownBy(() -> movement.movements().callIn(soc, m.id(), new CallInDetails("Driver", null, null,
                null))).isInstanceOf(RefusedException.class).hasMessageContaining("arrived");
    }

    @Test
    void with_nobody_on_call_the_step_stays_due_and_the_sweep_says_so() {
        InMemoryVigil empty = InMemoryVigil.create(clock);
        Actor theirOfficer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        VehicleId v = empty.movement().vehicles().create(theirOfficer, new VehicleDetails("XYZ-1", "Hilux", true,
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of())).id();
        Movement m = empty.movement().movements().create(theirOfficer, plan(List.of(v), List.of()));
        clock.set(DEPARTURE.plus(Duration.ofHours(1)));
        EscalationReport r = empty.movement().movements().escalate(soc, m.id());
        assertThat(r.sent()).isZero();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("nobody is on call"));
        assertThat(empty.movement().movements().get(theirOfficer, m.id()).openEpisode()).hasValueSatisfying(
                e -> assertThat(e.officerAlertedAt()).isEmpty());
    }

    @Test
    void a_plan_breaking_convoy_rules_or_with_an_unfit_vehicle_is_refused_naming_every_rule_and_nothing_is_stored() {
        VehicleId old = vehicle("OLD-999", false, "2026-02-15");
        List<VehicleId> six = new ArrayList<>(List.of(old));
        IntStream.range(0, 5).forEach(i -> six.add(vehicle("CNV-" + i, true, "2026-12-01")));
        assertThatThrownBy(() -> movement.movements().create(associate, plan(six, List.of(ana))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "a convoy of 6 vehicles needs a convoy leader (more than 5)",
                        "the lead vehicle OLD-999 has no radio",
                        "vehicle OLD-999 was due for inspection on 2026-02-15"));
        assertThat(movement.movements().list(officer, PageRequest.first(10)).total()).isZero();
        assertThatThrownBy(() -> movement.movements().create(associate, plan(List.of(lead, VehicleId.random()),
                List.of()))).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("vehicles[1]")));
        movement.settings().set(officer, 0, new MovementSettingsDetails("America/Mexico_City", 30, 6, 8, true, null));
        Movement ok = movement.movements().create(associate, plan(List.of(lead, last), List.of(ana)));
        PersonId driverPerson = person("Juan", "+52 55 2000 0003");
        var lapsed = movement.drivers().create(associate, new DriverDetails(driverPerson, "Juan Pérez",
                LocalDate.parse("2026-01-31"), LocalDate.parse("2025-01-01"), 365));
        MovementDetails withDriver = new MovementDetails("Field trip to Toluca", plan(List.of(lead, last),
                List.of(ana)).route(), List.of(lead, last), List.of(lapsed.id()), null, null, DEPARTURE,
                DEPARTURE.plus(Duration.ofHours(6)), List.of(ana), 30, 10);
        assertThatThrownBy(() -> movement.movements().update(associate, ok.id(), ok.version(), withDriver))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reasons()).containsExactly(
                        "driver Juan Pérez has a licence valid only until 2026-01-31",
                        "driver Juan Pérez was due for a driving check on 2026-01-01"));
        assertThat(movement.movements().get(officer, ok.id())).isEqualTo(ok);
    }

    @Test
    void movements_are_need_to_know_and_audited_with_the_persons_named() {
        Movement m = movement.movements().create(associate, plan(List.of(lead, last), List.of(ana)));
        assertThatThrownBy(() -> movement.movements().get(manager, m.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.movements().list(manager, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        Actor anaHerself = Actor.staff("ana", OFFICE, ana);
        Actor benHimself = Actor.staff("ben", OFFICE, ben);
        assertThat(movement.movements().get(anaHerself, m.id()).passengers()).containsExactly(ana);
        assertThatThrownBy(() -> movement.movements().get(benHimself, m.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movement.movements().callIn(anaHerself, m.id(), new CallInDetails("Ana", null, null,
                null))).isInstanceOf(AccessDeniedException.class);
        Actor abroad = Actor.of("officer-gt", OfficeId.of("GT-GUA"), Role.SECURITY_OFFICER);
        assertThatThrownBy(() -> movement.movements().get(abroad, m.id())).isInstanceOf(NotFoundException.class);
        List<AuditEntry> entries = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items()
                .stream().filter(e -> e.resourceType().equals("movement")).toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.granted()).isTrue();
            assertThat(e.persons()).containsExactly(ana);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("manager");
            assertThat(e.granted()).isFalse();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ben");
            assertThat(e.granted()).isFalse();
            assertThat(e.persons()).contains(ana);
        });
    }

    @Test
    void a_call_in_in_the_future_or_before_departure_is_refused() {
        Movement m = movement.movements().create(associate, plan(List.of(lead, last), List.of(ana)));
        assertThatThrownBy(() -> movement.movements().callIn(soc, m.id(), new CallInDetails("Driver", null, null,
                null))).isInstanceOf(RefusedException.class).hasMessageContaining("departs at");
        clock.set(DEPARTURE.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> movement.movements().callIn(soc, m.id(), new CallInDetails("Driver",
                clock.instant().plusSeconds(60), null, null))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("at")));
        assertThat(movement.movements().get(officer, m.id()).callIns()).isEmpty();
    }
}
