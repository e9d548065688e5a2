package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Roll-calls end to end over in-memory adapters: the affected set, answers, escalation by the clock, access. */
class RollCallsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final List<GeoPoint> SOUTH_OUTLINE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.40, -99.15)).vertices();
    private static final List<GeoPoint> QUAKE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.45, -99.10)).vertices();
    private static final String DUTY_PHONE = "+52 55 9999 0000";

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant start = clock.instant();
    private int phones;

    private PersonId person(String given, boolean withPhone) {
        List<ContactChannel> contacts = withPhone ? List.of(new ContactChannel(ChannelKind.PHONE,
                "+52 55 1000 " + (1000 + phones++), "mobile")) : List.of();
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, contacts, List.of(), null, null)).person().id();
    }

    private void home(PersonId who, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(),
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), new GeoPoint(lat, lon), null,
                start.minus(Duration.ofDays(100)), null));
    }

    private final PersonId warden = person("Warden", true);
    private final PersonId ana = person("Ana", true);
    private final PersonId beto = person("Beto", true);
    private final PersonId carla = person("Carla", true);
    private final PersonId dario = person("Dario", true);
    private final PersonId far = person("Far", true);
    private final PersonId visitor = person("Visitor", false);

    {
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", SOUTH_OUTLINE, warden,
                List.of()));
        home(warden, 19.60, -99.00);
        home(ana, 19.35, -99.20);
        home(beto, 19.36, -99.20);
        home(carla, 19.37, -99.20);
        home(dario, 19.43, -99.12);
        home(far, 19.70, -98.90);
        vigil.people().missions().create(officer, new MissionDetails("Visit", null, List.of(visitor), List.of(),
                List.of(new HotelStay(new Place("Hotel Reforma", new GeoPoint(19.42, -99.16)),
                        start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(2))))));
    }

    private void onCall() {
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer", DUTY_PHONE,
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
    }

    private CommunicationTest rollCall() {
        return vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", QUAKE, null,
                null, Set.of(Channel.SMS), 15, 45, null, null, null));
    }

    private void answer(CommunicationTest t, PersonId p, Answer a, long minutes) {
        clock.set(start.plus(Duration.ofMinutes(minutes)));
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(p, a, Channel.SMS, null));
    }

    private Map<PersonId, State> states(CommunicationTest t) {
        return vigil.alerting().rollCalls().status(officer, t.id()).persons().stream()
                .collect(Collectors.toMap(RollCallStatus.Person::person, RollCallStatus.Person::state));
    }

    private List<OutboundMessage> sentTo(String address) {
        return vigil.gateway().sent(OFFICE).stream().filter(m -> m.address().equals(address)).toList();
    }

    @Test
    void the_affected_set_is_whoever_the_locator_finds_with_the_reason_and_zone() {
        CommunicationTest t = rollCall();
        assertThat(t.audience()).containsExactlyInAnyOrder(ana, beto, carla, dario, visitor);
        assertThat(t.unreachable()).containsExactly(visitor);
        var affected = t.incident().orElseThrow().affected();
        assertThat(affected).filteredOn(a -> a.person().equals(ana)).singleElement()
                .satisfies(a -> assertThat(a.zone()).contains(SOUTH))
                .satisfies(a -> assertThat(a.reason()).startsWith("residence"));
        assertThat(affected).filteredOn(a -> a.person().equals(visitor)).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Hotel Reforma"));
        assertThat(vigil.gateway().sent(OFFICE)).hasSize(4).allMatch(m -> m.text().contains("Are you safe?"));
    }

    @Test
    void a_mission_in_two_hotels_makes_affected_only_the_member_whose_hotel_is_in_the_area() {
        PersonId inside = person("Inside", true);
        PersonId outside = person("Outside", true);
        vigil.people().missions().create(officer, new MissionDetails("Split", null, List.of(outside, inside),
                List.of(), List.of(new HotelStay(new Place("Hotel Lejos", new GeoPoint(19.70, -98.90)),
                                start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(2)), List.of(outside)),
                        new HotelStay(new Place("Hotel Centro", new GeoPoint(19.42, -99.15)),
                                start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(2)), List.of(inside)))));
        CommunicationTest t = rollCall();
        assertThat(t.audience()).contains(inside).doesNotContain(outside);
        assertThat(t.incident().orElseThrow().affected()).filteredOn(a -> a.person().equals(inside)).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Hotel Centro"));
    }

    @Test
    void silence_goes_to_the_warden_then_to_the_officer_by_the_clock_and_only_once() {
        onCall();
        CommunicationTest t = rollCall();
        answer(t, ana, Answer.SAFE, 2);
        answer(t, beto, Answer.NEEDS_HELP, 3);
        assertThat(sentTo(DUTY_PHONE)).as("needs help goes to the officer at once").singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Beto Test").contains("NEEDS HELP"));
        assertThat(states(t)).containsEntry(ana, State.SAFE).containsEntry(beto, State.NEEDS_HELP)
                .containsEntry(carla, State.AWAITING).containsEntry(dario, State.AWAITING);
        assertThat(vigil.alerting().rollCalls().escalate(officer, t.id()).sent()).isZero();

        clock.set(start.plus(Duration.ofMinutes(16)));
        assertThat(states(t)).containsEntry(carla, State.WITH_WARDEN).containsEntry(dario, State.WITH_OFFICER)
                .containsEntry(visitor, State.WITH_OFFICER);
        EscalationReport first = vigil.alerting().rollCalls().escalate(officer, t.id());
        assertThat(first.sent()).isEqualTo(2);
        String wardenPhone = vigil.people().directory().persons(officer, List.of(warden)).get(0).addresses()
                .get("PHONE");
        assertThat(sentTo(wardenPhone)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("zone CDMX-SUR: no answer after 15 minutes (1)").contains("Carla Test").doesNotContain("Ana"));
        assertThat(sentTo(DUTY_PHONE)).hasSize(2).last().satisfies(m -> assertThat(m.text())
                .contains("with no warden").contains("Dario Test").contains("Visitor Test"));
        assertThat(vigil.alerting().rollCalls().escalate(officer, t.id()).sent()).as("sent once").isZero();

        answer(t, carla, Answer.SAFE, 20);
        clock.set(start.plus(Duration.ofMinutes(46)));
        EscalationReport second = vigil.alerting().rollCalls().escalateAll(officer);
        assertThat(second.sent()).isEqualTo(1);
        assertThat(sentTo(DUTY_PHONE)).last().satisfies(m -> assertThat(m.text())
                .contains("no answer after 45 minutes (2)"));
        RollCallStatus status = vigil.alerting().rollCalls().status(Actor.of("m", OFFICE, Role.MANAGER), t.id());
        assertThat(status.counts()).containsEntry(State.SAFE, 2).containsEntry(State.NEEDS_HELP, 1)
                .containsEntry(State.WITH_OFFICER, 2).containsEntry(State.AWAITING, 0);
        assertThat(status.rollCall().incident().orElseThrow().officerAlertedAt()).isPresent();
        assertThat(vigil.alerting().rollCalls().escalateAll(officer).sent()).isZero();
    }

    @Test
    void with_nobody_on_call_the_escalation_says_so() {
        CommunicationTest t = rollCall();
        clock.set(start.plus(Duration.ofMinutes(50)));
        EscalationReport report = vigil.alerting().rollCalls().escalate(officer, t.id());
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("nobody is on call"));
        assertThat(vigil.alerting().rollCalls().status(officer, t.id()).warnings())
                .anyMatch(w -> w.startsWith("nobody is on call"));
    }

    @Test
    void an_empty_area_is_refused_naming_the_outline_and_staff_cannot_start_or_read() {
        List<GeoPoint> empty = GeoArea.rectangle(new GeoPoint(18.0, -97.0), new GeoPoint(18.1, -96.9)).vertices();
        assertThatThrownBy(() -> vigil.alerting().rollCalls().start(officer, new RollCallDetails("Nothing", empty,
                null, null, Set.of(Channel.SMS), null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("outline"));
        assertThatThrownBy(() -> vigil.alerting().rollCalls().start(officer, new RollCallDetails("Bad", QUAKE,
                null, null, Set.of(Channel.SMS), 30, 10, null, null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("officerAfterMinutes"));
        Actor staff = Actor.staff("ana", OFFICE, ana);
        assertThatThrownBy(() -> vigil.alerting().rollCalls().start(staff, new RollCallDetails("x", QUAKE, null,
                null, Set.of(Channel.SMS), null, null, null, null, null))).isInstanceOf(AccessDeniedException.class);
        CommunicationTest t = rollCall();
        assertThatThrownBy(() -> vigil.alerting().rollCalls().status(staff, t.id()))
                .isInstanceOf(AccessDeniedException.class);
        answer(t, ana, Answer.SAFE, 1);
        assertThat(states(t)).containsEntry(ana, State.SAFE);
    }

    @Test
    void needs_help_after_safe_is_recorded_reaches_the_officer_at_once_and_safe_after_it_is_recorded_too() {
        onCall();
        CommunicationTest t = rollCall();
        Actor provider = Actor.of("sms-provider", OFFICE, Role.INTEGRATION);
        String anaPhone = vigil.people().directory().persons(officer, List.of(ana)).get(0).addresses().get("PHONE");
        clock.set(start.plus(Duration.ofMinutes(2)));
        var safe = vigil.alerting().tests().reply(provider, Channel.SMS, anaPhone, Answer.SAFE, null);
        assertThat(safe.recorded()).isTrue();
        assertThat(safe.outcome()).isEqualTo("recorded: SAFE");
        assertThat(sentTo(DUTY_PHONE)).isEmpty();
        assertThat(states(t)).containsEntry(ana, State.SAFE);

        clock.set(start.plus(Duration.ofMinutes(7)));
        var help = vigil.alerting().tests().reply(provider, Channel.SMS, anaPhone, Answer.NEEDS_HELP, null);
        assertThat(help.recorded()).isTrue();
        assertThat(help.checkIn().answer()).isEqualTo(Answer.NEEDS_HELP);
        assertThat(help.outcome()).startsWith("recorded: NEEDS_HELP after SAFE at " + start.plus(Duration.ofMinutes(2)))
                .endsWith("the officer on call is told at once");
        assertThat(sentTo(DUTY_PHONE)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("Ana Test").contains("answered NEEDS HELP (after SAFE"));
        assertThat(states(t)).containsEntry(ana, State.NEEDS_HELP);

        clock.set(start.plus(Duration.ofMinutes(9)));
        var safeAgain = vigil.alerting().tests().reply(provider, Channel.SMS, anaPhone, Answer.SAFE, null);
        assertThat(safeAgain.recorded()).isTrue();
        assertThat(safeAgain.outcome()).startsWith("recorded: SAFE after NEEDS_HELP").endsWith("told and decides");
        assertThat(sentTo(DUTY_PHONE)).hasSize(2);
        RollCallStatus status = vigil.alerting().rollCalls().status(officer, t.id());
        RollCallStatus.Person anas = status.persons().stream().filter(p -> p.person().equals(ana)).findFirst()
                .orElseThrow();
        assertThat(anas.state()).as("the officer decides").isEqualTo(State.NEEDS_HELP);
        assertThat(anas.answers()).extracting(c -> c.answer()).containsExactly(Answer.SAFE, Answer.NEEDS_HELP,
                Answer.SAFE);
        assertThat(anas.answer()).hasValueSatisfying(c -> assertThat(c.at()).isEqualTo(start.plus(Duration.ofMinutes(2))));
        assertThat(status.score().needsHelp()).containsExactly(ana);
        assertThat(status.score().answered()).isEqualTo(1);
        assertThat(status.score().timeTo50()).isEmpty();
        assertThat(status.counts()).containsEntry(State.NEEDS_HELP, 1).containsEntry(State.SAFE, 0);
    }

    @Test
    void an_sms_answer_answers_the_latest_open_request_sent_to_that_number() {
        CommunicationTest t = rollCall();
        Actor provider = Actor.of("sms-provider", OFFICE, Role.INTEGRATION);
        String anaPhone = vigil.people().directory().persons(officer, List.of(ana)).get(0).addresses().get("PHONE");
        String compact = anaPhone.replace(" ", "");
        clock.set(start.plus(Duration.ofMinutes(4)));
        var receipt = vigil.alerting().tests().reply(provider, Channel.SMS, compact, Answer.NEEDS_HELP, null);
        assertThat(receipt.test()).isEqualTo(t.id());
        assertThat(receipt.rollCall()).isTrue();
        var checkIn = receipt.checkIn();
        assertThat(checkIn.person()).isEqualTo(ana);
        assertThat(checkIn.answer()).isEqualTo(Answer.NEEDS_HELP);
        assertThat(states(t)).containsEntry(ana, State.NEEDS_HELP);
        assertThat(receipt.recorded()).isTrue();
        var again = vigil.alerting().tests().reply(provider, Channel.SMS, anaPhone, Answer.NEEDS_HELP, null);
        assertThat(again.recorded()).as("a repeat is not recorded").isFalse();
        assertThat(again.outcome()).startsWith("not recorded again: NEEDS_HELP");
        assertThatThrownBy(() -> vigil.alerting().tests().reply(provider, Channel.SMS, "+1 202 555 0100", Answer.SAFE,
                null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("from"));
        assertThatThrownBy(() -> vigil.alerting().tests().reply(Actor.of("m", OFFICE, Role.MANAGER), Channel.SMS,
                anaPhone, Answer.SAFE, null)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<PersonId, String> reasons(RollCallStatus status) {
        return status.persons().stream().collect(Collectors.toMap(RollCallStatus.Person::person,
                RollCallStatus.Person::reason));
    }

    /** A manager who is also the warden of the south zone: may read residences there, and no movements. */
    private Actor managerWardenOfSouth() {
        return new Actor("mw", OFFICE, Set.of(Role.MANAGER, Role.WARDEN), Optional.of(warden), Set.of(SOUTH));
    }

    private Set<DataClass> audited(String actor, PersonId about) {
        return vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of(actor), Optional.of(about)),
                PageRequest.first(100)).items().stream().map(AuditEntry::dataClass).collect(Collectors.toSet());
    }

    @Test
    void a_manager_reads_why_each_person_is_affected_without_their_home_or_hotel() {
        CommunicationTest t = rollCall();
        RollCallStatus status = vigil.alerting().rollCalls().status(Actor.of("m", OFFICE, Role.MANAGER), t.id());
        assertThat(reasons(status)).containsEntry(ana, "residence").containsEntry(dario, "residence")
                .containsEntry(visitor, "hotel stay");
        assertThat(status.rollCall().incident().orElseThrow().affected()).as("nor in the incident")
                .extracting(Incident.Affected::reason).containsOnly("residence", "hotel stay");
        assertThat(reasons(vigil.alerting().rollCalls().status(officer, t.id())))
                .containsEntry(ana, "residence: lives at Calle 1, Ciudad de México")
                .containsEntry(visitor, "hotel stay: staying at Hotel Reforma (mission Visit)");
    }

    @Test
    void a_reason_carries_the_place_only_for_persons_whose_residence_or_movements_the_reader_may_read() {
        CommunicationTest t = rollCall();
        RollCallStatus status = vigil.alerting().rollCalls().status(managerWardenOfSouth(), t.id());
        assertThat(reasons(status)).as("Ana lives in the south zone, Dario north of it; nobody's hotel is shown")
                .containsEntry(ana, "residence: lives at Calle 1, Ciudad de México")
                .containsEntry(dario, "residence").containsEntry(visitor, "hotel stay");
    }

    @Test
    void reading_a_roll_call_is_audited_for_every_person_listed_and_under_each_place_shown() {
        CommunicationTest t = rollCall();
        vigil.alerting().rollCalls().status(managerWardenOfSouth(), t.id());
        assertThat(audited("mw", ana)).containsExactlyInAnyOrder(AlertingData.ACCOUNTABILITY, PeopleData.RESIDENCE);
        assertThat(audited("mw", dario)).containsExactly(AlertingData.ACCOUNTABILITY);
        assertThat(audited("mw", visitor)).containsExactly(AlertingData.ACCOUNTABILITY);

        vigil.alerting().rollCalls().status(Actor.of("soc", OFFICE, Role.SOC_OPERATOR), t.id());
        assertThat(audited("soc", visitor)).containsExactlyInAnyOrder(AlertingData.ACCOUNTABILITY,
                PeopleData.MOVEMENT);
        assertThat(audited("soc", dario)).containsExactlyInAnyOrder(AlertingData.ACCOUNTABILITY,
                PeopleData.RESIDENCE);
    }

    @Test
    void a_reported_position_is_shown_as_its_kind_and_a_reason_of_another_form_not_at_all() {
        PersonId walker = person("Walker", true);
        vigil.people().positions().report(officer, new PositionDetails(walker, new GeoPoint(19.33, -99.22),
                start.minus(Duration.ofMinutes(5)), "app"));
        CommunicationTest t = rollCall();
        Incident incident = t.incident().orElseThrow();
        vigil.alertingPorts().tests().save(t.withIncident(new Incident(incident.outline(), incident.at(),
                incident.wardenAfterMinutes(), incident.officerAfterMinutes(), incident.affected().stream()
                .map(a -> a.person().equals(ana) ? new Incident.Affected(ana, a.name(), a.zone(),
                        "seen at the market by her warden") : a).toList(), incident.wardensAlertedAt(),
                incident.officerAlertedAt())));
        Actor manager = Actor.of("m", OFFICE, Role.MANAGER);

        assertThat(reasons(vigil.alerting().rollCalls().status(manager, t.id())))
                .containsEntry(walker, "last known position").containsEntry(ana, "in the area");
        assertThat(reasons(vigil.alerting().rollCalls().status(officer, t.id())))
                .containsEntry(walker, "last known position: reported position via app")
                .containsEntry(ana, "seen at the market by her warden");
    }
}
