package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.FieldReports;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.wiring.Vigil;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A roll-call's requests in delivery: the state of each on the status, a person whose every
 * request failed counted unreachable and named so to the warden, an outbox that cannot be written
 * after the roll-call was stored, requests queued in the background (or whose queueing is refused),
 * and two instances escalating the same roll-call at once.
 */
class RollCallDeliveryTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final List<GeoPoint> QUAKE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.45, -99.10)).vertices();

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant start = clock.instant();
    private int phones;

    private PersonId person(String given, boolean withEmail) {
        List<ContactChannel> contacts = new java.util.ArrayList<>(List.of(new ContactChannel(ChannelKind.PHONE,
                "+52 55 1000 " + (1000 + phones++), "mobile")));
        if (withEmail) {
            contacts.add(new ContactChannel(ChannelKind.EMAIL, given.toLowerCase() + "@example.org", "work"));
        }
        PersonId id = vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, contacts, List.of(), null, null)).person().id();
        vigil.people().residences().create(officer, new ResidenceDetails(id, List.of(),
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), given.equals("Warden")
                ? new GeoPoint(19.60, -99.00) : new GeoPoint(19.35, -99.20), null, start.minus(Duration.ofDays(100)),
                null));
        return id;
    }

    private final PersonId warden = person("Warden", false);
    private final PersonId ana = person("Ana", true);
    private final PersonId beto = person("Beto", true);

    {
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur",
                GeoArea.rectangle(new GeoPoint(19.30, -99.25), new GeoPoint(19.40, -99.15)).vertices(), warden,
                List.of()));
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer",
                "+52 55 9999 0000", start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
    }

    private CommunicationTest rollCall(AlertingUseCases alerting) {
        return alerting.rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", QUAKE, null, null,
                Set.of(Channel.SMS, Channel.EMAIL), 15, 45, null, null, null));
    }

    /** Plays a dispatcher: claims every due request and records the outcome the test chooses. */
    private void deliver(java.util.function.Function<OutboundMessage, DeliveryState> outcome) {
        for (Channel c : Channel.values()) {
            for (Delivery d : vigil.gateway().claim(c, "test", clock.instant(), clock.instant().plusSeconds(60), 100)) {
                vigil.gateway().record(d.message().id(), "test", outcome.apply(d.message()));
            }
        }
    }

    @Test
    void each_request_shows_its_state_and_a_person_whose_every_request_failed_is_unreachable_and_named_so() {
        CommunicationTest t = rollCall(vigil.alerting());
        RollCallStatus queued = vigil.alerting().rollCalls().status(officer, t.id());
        assertThat(queued.deliveries().queued()).isEqualTo(4);
        assertThat(queued.deliveries().of(ana)).extracting(RequestDeliveries.Request::channel)
                .containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
        assertThat(queued.deliveries().of(ana)).allMatch(r -> r.state().equals(DeliveryState.queued(start)));
        assertThat(queued.score().unreachable()).isEmpty();

        Instant at = start.plusSeconds(30);
        clock.set(at);
        deliver(m -> m.recipient().orElseThrow().equals(beto) ? new DeliveryState.Failed(4, at, "SMTP refused "
                + m.channel()) : new DeliveryState.Sent(1, at));
        RollCallStatus after = vigil.alerting().rollCalls().status(officer, t.id());
        assertThat(after.deliveries().sent()).isEqualTo(2);
        assertThat(after.deliveries().failed()).isEqualTo(2);
        assertThat(after.deliveries().of(beto)).extracting(RequestDeliveries.Request::state).containsExactlyInAnyOrder(
                new DeliveryState.Failed(4, at, "SMTP refused SMS"), new DeliveryState.Failed(4, at, "SMTP refused EMAIL"));
        assertThat(after.deliveries().undelivered()).containsExactly(beto);
        assertThat(after.score().unreachable()).containsExactly(beto);
        assertThat(after.warnings()).anyMatch(w -> w.contains("every message to 1 person failed"));

        clock.set(start.plus(Duration.ofMinutes(16)));
        vigil.alerting().rollCalls().escalate(officer, t.id());
        OutboundMessage digest = vigil.gateway().sent(OFFICE).stream()
                .filter(m -> m.id().equals(t.noticeId("warden-" + warden + "-sms-1"))).findFirst().orElseThrow();
        assertThat(digest.text()).contains("Beto Test (unreachable: no message got through)")
                .contains("Ana Test").doesNotContain("Ana Test (unreachable");
    }

    @Test
    void a_roll_call_stored_when_the_outbox_cannot_be_written_is_answered_and_the_sweep_queues_its_requests() {
        FlakyOutbox outbox = new FlakyOutbox();
        outbox.budget.set(0);
        AlertingUseCases broken = AlertingServices.create(vigil.alertingPorts(), outbox, vigil.people(),
                Vigil.kernel(clock, vigil.auditLog()));
        CommunicationTest t = rollCall(broken);
        assertThat(vigil.alertingPorts().tests().findById(t.id())).as("stored, and answered as such").isPresent();
        RollCallStatus status = broken.rollCalls().status(officer, t.id());
        assertThat(status.deliveries().notQueued()).containsExactlyInAnyOrder(ana, beto);
        assertThat(status.warnings()).anyMatch(w -> w.contains("not in the outbox yet"));
        assertThat(outbox.sent(OFFICE)).isEmpty();

        outbox.budget.set(Integer.MAX_VALUE);
        clock.set(start.plusSeconds(20));
        assertThat(broken.rollCalls().escalateAll(officer).sent()).isEqualTo(4);
        assertThat(outbox.sent(OFFICE)).extracting(OutboundMessage::id).containsExactlyInAnyOrder(
                t.messageId(ana, Channel.SMS), t.messageId(ana, Channel.EMAIL), t.messageId(beto, Channel.SMS),
                t.messageId(beto, Channel.EMAIL));
        assertThat(broken.rollCalls().escalateAll(officer).sent()).as("nothing twice").isZero();
        assertThat(broken.rollCalls().status(officer, t.id()).deliveries().notQueued()).isEmpty();
    }

    @Test
    void an_escalation_that_loses_the_race_to_another_instance_sends_nothing_twice_and_does_not_fail() {
        CommunicationTest t = rollCall(vigil.alerting());
        clock.set(start.plus(Duration.ofMinutes(16)));
        AtomicBoolean raced = new AtomicBoolean();
        CommunicationTestRegistry shared = vigil.alertingPorts().tests();
        CommunicationTestRegistry racing = new CommunicationTestRegistry() {
            @Override
            public CommunicationTest save(CommunicationTest rollCall) {
                if (raced.compareAndSet(false, true)) {
                    vigil.alerting().rollCalls().escalate(officer, t.id());
                }
                return shared.save(rollCall);
            }

            @Override
            public Optional<CommunicationTest> findById(CommTestId id) {
                return shared.findById(id);
            }

            @Override
            public void delete(CommTestId id, long expectedVersion) {
                shared.delete(id, expectedVersion);
            }

            @Override
            public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
                return shared.list(office, page);
            }

            @Override
            public List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at) {
                return shared.openRollCalls(offices, at);
            }
        };
        AlertingPorts p = vigil.alertingPorts();
        AlertingUseCases other = AlertingServices.create(new AlertingPorts(p.roster(), p.emergencies(),
                p.advisories(), racing, p.checkIns(), p.phoneTrees(), p.messages()), vigil.gateway(), vigil.people(),
                Vigil.kernel(clock, vigil.auditLog()));
        int before = vigil.gateway().sent(OFFICE).size();
        other.rollCalls().escalate(officer, t.id());
        assertThat(raced).isTrue();
        List<OutboundMessage> notices = vigil.gateway().sent(OFFICE).subList(before, vigil.gateway().sent(OFFICE)
                .size());
        assertThat(notices).extracting(OutboundMessage::id).containsExactly(t.noticeId("warden-" + warden + "-sms-1"));
        assertThat(vigil.alertingPorts().tests().findById(t.id()).orElseThrow().incident().orElseThrow()
                .wardensAlertedAt()).isPresent();
    }

    @Test
    void a_start_whose_requests_are_queued_in_the_background_returns_before_them_and_nobody_is_asked_twice() {
        List<Runnable> held = new java.util.ArrayList<>();
        AlertingUseCases background = AlertingServices.create(vigil.alertingPorts(), vigil.gateway(), vigil.people(),
                FieldReports.NONE, held::add, Vigil.kernel(clock, vigil.auditLog()));
        CommunicationTest t = rollCall(background);
        assertThat(vigil.gateway().sent(OFFICE)).as("nothing queued before the work runs").isEmpty();
        assertThat(held).hasSize(1);
        RollCallStatus waiting = background.rollCalls().status(officer, t.id());
        assertThat(waiting.deliveries().notQueued()).containsExactlyInAnyOrder(ana, beto);
        assertThat(waiting.warnings()).contains("the requests to 2 persons are not in the outbox yet (still being"
                + " queued, or the next escalation sweep queues them)");

        held.get(0).run();
        assertThat(vigil.gateway().sent(OFFICE)).extracting(OutboundMessage::id).containsExactlyInAnyOrder(
                t.messageId(ana, Channel.SMS), t.messageId(ana, Channel.EMAIL), t.messageId(beto, Channel.SMS),
                t.messageId(beto, Channel.EMAIL));
        assertThat(background.rollCalls().status(officer, t.id()).deliveries().notQueued()).isEmpty();
        assertThat(background.rollCalls().escalateAll(officer).sent()).as("the sweep finds nothing missing").isZero();
    }

    @Test
    void a_start_whose_queueing_is_refused_stands_and_the_sweep_queues_its_requests() {
        AlertingUseCases refusing = AlertingServices.create(vigil.alertingPorts(), vigil.gateway(), vigil.people(),
                FieldReports.NONE, work -> {
                    throw new java.util.concurrent.RejectedExecutionException("shutting down");
                }, Vigil.kernel(clock, vigil.auditLog()));
        CommunicationTest t = rollCall(refusing);
        assertThat(vigil.alertingPorts().tests().findById(t.id())).isPresent();
        assertThat(vigil.gateway().sent(OFFICE)).isEmpty();
        clock.set(start.plusSeconds(20));
        assertThat(refusing.rollCalls().escalateAll(officer).sent()).isEqualTo(4);
        assertThat(refusing.rollCalls().status(officer, t.id()).deliveries().notQueued()).isEmpty();
    }
}
