package io.vigil.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot example started on an embedded H2: Vigil's use cases come from the starter (no Guice
 * on the class path), and a roll-call runs end to end: persons living in the area are asked, an answer
 * is recorded, the status shows it, and the scheduled sweep hands the silent to their warden.
 */
@SpringBootTest(classes = {VigilSpringBootApp.class, VigilSpringBootAppTest.TestClock.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:vigil-boot-test;DB_CLOSE_DELAY=-1",
        "vigil.office=MX-MEX",
        "vigil.escalation-seconds=3600"})
class VigilSpringBootAppTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant START = Instant.parse("2026-09-19T13:14:00Z");
    private static final List<GeoPoint> SOUTH = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.40, -99.15)).vertices();

    /** A clock the test moves; it replaces the starter's system clock. */
    static final class SettableClock extends Clock {
        private volatile Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        SettableClock clock() {
            return new SettableClock();
        }
    }

    @Autowired
    PeopleUseCases people;
    @Autowired
    AlertingUseCases alerting;
    @Autowired
    MessageGateway gateway;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    SettableClock clock;

    private final Actor officer = Actor.of("officer@example.org", OFFICE, Role.SECURITY_OFFICER);

    private PersonId resident(String given, String phone, double lat, double lon) {
        PersonId id = people.persons().register(officer, new PersonDetails(given, "Ruiz",
                PersonCategory.NATIONAL_STAFF, "IBRD", null,
                List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile")), List.of(), null, null)).person().id();
        people.residences().create(officer, new ResidenceDetails(id, List.of(),
                new Address("Calle 1", "Coyoacán", "Ciudad de México", "MX"), new GeoPoint(lat, lon), null,
                START.minus(Duration.ofDays(100)), null));
        return id;
    }

    @Test
    void a_roll_call_runs_end_to_end_on_the_starters_beans() {
        assertThatThrownBy(() -> Class.forName("com.google.inject.Guice"))
                .as("the starter wires Vigil without Guice").isInstanceOf(ClassNotFoundException.class);
        PersonId warden = resident("Jorge", "+52 55 1000 0001", 19.60, -99.00);
        people.zones().create(officer, new WardenZoneDetails(WardenZoneId.of("CDMX-SUR"), "Sur", SOUTH, warden,
                List.of()));
        PersonId ana = resident("Ana", "+52 55 1000 0002", 19.35, -99.20);
        PersonId beto = resident("Beto", "+52 55 1000 0003", 19.36, -99.21);
        resident("Far", "+52 55 1000 0004", 19.70, -98.90);

        CommunicationTest rollCall = alerting.rollCalls().start(officer, new RollCallDetails("M7.1 earthquake",
                SOUTH, null, null, Set.of(Channel.SMS), 15, 45, null, null, null));
        assertThat(rollCall.audience()).containsExactlyInAnyOrder(ana, beto);
        assertThat(gateway.sent(OFFICE)).extracting(OutboundMessage::address)
                .containsExactlyInAnyOrder("+52 55 1000 0002", "+52 55 1000 0003");
        assertThat(gateway).as("the starter's outbox table on the app's data source").isInstanceOf(JdbcOutbox.class);

        clock.advance(Duration.ofMinutes(3));
        alerting.tests().checkIn(officer, rollCall.id(), new CheckInDetails(ana, Answer.SAFE, Channel.SMS, null));
        assertThat(states(rollCall)).isEqualTo(Map.of(ana, State.SAFE, beto, State.AWAITING));

        clock.advance(Duration.ofMinutes(13));
        EscalationReport report = sweep.sweep();
        assertThat(report.sent()).as("Beto's silence, to his warden").isEqualTo(1);
        assertThat(gateway.sentTo(OFFICE, "+52 55 1000 0001")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Beto"));
        assertThat(states(rollCall)).isEqualTo(Map.of(ana, State.SAFE, beto, State.WITH_WARDEN));
        assertThat(sweep.sweep().sent()).as("a second sweep sends nothing twice").isZero();
    }

    private Map<PersonId, State> states(CommunicationTest rollCall) {
        return alerting.rollCalls().status(officer, rollCall.id()).persons().stream()
                .collect(Collectors.toMap(RollCallStatus.Person::person, RollCallStatus.Person::state));
    }
}
