package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.AnswerOnBehalfDetails;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CheckInReceipt;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
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
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Answers obtained by phone or in person, recorded on the person's behalf by whoever may. */
class AnswersOnBehalfTest {
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
    private final Instant incidentAt = start.minus(Duration.ofMinutes(20));
    private int phones;

    private PersonId person(String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 1000 " + (1000 + phones++), "mobile")), List.of(), null, null)).person().id();
    }

    private void home(PersonId who, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(),
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), new GeoPoint(lat, lon), null,
                start.minus(Duration.ofDays(100)), null));
    }

    private final PersonId warden = person("Warden");
    private final PersonId ana = person("Ana");
    private final PersonId dario = person("Dario");

    {
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", SOUTH_OUTLINE, warden,
                List.of()));
        home(warden, 19.60, -99.00);
        home(ana, 19.35, -99.20);
        home(dario, 19.43, -99.12);
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer", DUTY_PHONE,
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
    }

    private final Actor southWarden = Actor.warden("warden", OFFICE, warden, Set.of(SOUTH));

    private CommunicationTest rollCall() {
        return vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", QUAKE, incidentAt,
                null, Set.of(Channel.SMS), 15, 45, null, null, null));
    }

    private CheckInReceipt answerFor(Actor actor, CommunicationTest t, PersonId who, Answer a, Channel how,
                                     Instant obtained) {
        return vigil.alerting().tests().answerFor(actor, t.id(), new AnswerOnBehalfDetails(who, a, how, obtained));
    }

    private static void refusedNaming(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field()).containsExactly(field));
    }

    @Test
    void the_officer_records_an_answer_obtained_by_phone_with_its_time_and_who_recorded_it() {
        CommunicationTest t = rollCall();
        clock.set(start.plus(Duration.ofMinutes(10)));
        Instant obtained = start.plus(Duration.ofMinutes(4));
        CheckInReceipt receipt = answerFor(officer, t, ana, Answer.SAFE, Channel.PHONE, obtained);
        assertThat(receipt.recorded()).isTrue();
        CheckIn recorded = receipt.checkIn();
        assertThat(recorded.at()).isEqualTo(obtained);
        assertThat(recorded.channel()).isEqualTo(Channel.PHONE);
        assertThat(recorded.onBehalf()).contains(new CheckIn.OnBehalf("officer", start.plus(Duration.ofMinutes(10))));

        RollCallStatus status = vigil.alerting().rollCalls().status(officer, t.id());
        RollCallStatus.Person anas = status.persons().stream().filter(p -> p.person().equals(ana)).findFirst()
                .orElseThrow();
        assertThat(anas.state()).isEqualTo(RollCallStatus.State.SAFE);
        assertThat(anas.answers()).singleElement().isEqualTo(recorded);
        assertThat(status.score().answered()).isEqualTo(1);
        assertThat(status.score().timeTo50()).as("one of two, timed when obtained").contains(Duration.ofMinutes(4));
    }

    @Test
    void an_answer_obtained_between_the_incident_and_the_start_counts_from_the_start_as_at_once() {
        CommunicationTest t = rollCall();
        answerFor(officer, t, ana, Answer.SAFE, Channel.IN_PERSON, incidentAt.plus(Duration.ofMinutes(5)));
        answerFor(officer, t, dario, Answer.SAFE, Channel.PHONE, start.plusSeconds(30));
        RollCallStatus status = vigil.alerting().rollCalls().status(officer, t.id());
        assertThat(status.score().timeTo50()).contains(Duration.ZERO);
        assertThat(status.score().incidentTo50()).contains(Duration.ofMinutes(5));
        assertThat(status.score().byChannel()).containsEntry(Channel.IN_PERSON, 1).containsEntry(Channel.PHONE, 1);
    }

    @Test
    void a_needs_help_obtained_in_person_reaches_the_officer_at_once_and_is_audited_naming_the_person() {
        vigil.people().positions().report(officer, new PositionDetails(ana, new GeoPoint(19.33, -99.22),
                incidentAt.minus(Duration.ofMinutes(5)), "app"));
        CommunicationTest t = rollCall();
        clock.set(start.plus(Duration.ofMinutes(5)));
        answerFor(southWarden, t, ana, Answer.NEEDS_HELP, Channel.IN_PERSON, start.plus(Duration.ofMinutes(3)));
        assertThat(vigil.gateway().sent(OFFICE)).filteredOn(m -> m.address().equals(DUTY_PHONE)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Ana Test (residence: lives at Calle 1, Ciudad de México)")
                        .as("the first reason only, in an SMS").doesNotContain("last known position")
                        .contains("NEEDS HELP"));
        List<AuditEntry> entries = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("warden"),
                Optional.of(ana)), PageRequest.first(50)).items();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.dataClass()).isEqualTo(AlertingData.ACCOUNTABILITY);
            assertThat(e.resourceType()).isEqualTo("communication-test-answer-on-behalf");
            assertThat(e.granted()).isTrue();
            assertThat(e.basis()).isEqualTo("warden of zone CDMX-SUR");
        });
    }

    @Test
    void a_warden_records_only_for_the_persons_of_their_zone_and_staff_or_an_integration_not_at_all() {
        CommunicationTest t = rollCall();
        assertThatThrownBy(() -> answerFor(southWarden, t, dario, Answer.SAFE, Channel.PHONE, start))
                .as("Dario lives north of the south zone").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answerFor(Actor.staff("ana", OFFICE, ana), t, ana, Answer.SAFE, Channel.PHONE,
                start)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answerFor(Actor.of("sms", OFFICE, Role.INTEGRATION), t, ana, Answer.SAFE,
                Channel.PHONE, start)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("on someone's behalf");
        assertThat(answerFor(Actor.of("assoc", OFFICE, Role.SECURITY_ASSOCIATE), t, dario, Answer.SAFE,
                Channel.RADIO, start).recorded()).isTrue();
        assertThat(answerFor(Actor.of("soc", OFFICE, Role.SOC_OPERATOR), t, ana, Answer.SAFE, Channel.PHONE,
                start).recorded()).isTrue();
        assertThat(vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("warden"), Optional.of(dario)),
                PageRequest.first(50)).items()).anySatisfy(e -> assertThat(e.granted()).isFalse());
    }

    @Test
    void the_time_obtained_may_be_neither_before_the_incident_nor_in_the_future_and_the_channel_says_how() {
        CommunicationTest t = rollCall();
        refusedNaming(() -> answerFor(officer, t, ana, Answer.SAFE, Channel.PHONE, incidentAt.minusSeconds(1)),
                "obtainedAt");
        refusedNaming(() -> answerFor(officer, t, ana, Answer.SAFE, Channel.PHONE, start.plus(Duration.ofMinutes(5))),
                "obtainedAt");
        refusedNaming(() -> answerFor(officer, t, ana, Answer.SAFE, Channel.SMS, start), "channel");
        refusedNaming(() -> answerFor(officer, t, warden, Answer.SAFE, Channel.PHONE, start), "person");
        refusedNaming(() -> vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(ana, Answer.SAFE,
                Channel.IN_PERSON, null)), "channel");
        assertThat(vigil.alerting().rollCalls().status(officer, t.id()).score().answered())
                .as("nothing was recorded").isZero();
    }
}
