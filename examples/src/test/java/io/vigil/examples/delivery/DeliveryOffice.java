package io.vigil.examples.delivery;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.travel.JdbcTravelStores;
import io.vigil.jdbc.movement.JdbcMovementStores;
import io.vigil.jdbc.guard.JdbcGuardStores;
import io.vigil.jdbc.incident.JdbcIncidentStores;
import io.vigil.jdbc.crisis.JdbcCrisisStores;
import io.vigil.jdbc.documents.JdbcDocumentsStores;
import io.vigil.jdbc.liaison.JdbcLiaisonStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.messaging.Dispatcher;
import io.vigil.messaging.RetryPolicy;
import io.vigil.messaging.Transport;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.wiring.Vigil;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * An office for delivery tests on the JDBC stores: one Vigil instance (its own stores, outbox and
 * dispatcher over a shared database) and the data of a roll-call (a warden zone with its warden,
 * {@code n} persons living in it, each with a phone, and an officer on call).
 */
final class DeliveryOffice {
    static final List<GeoPoint> ZONE = GeoArea.rectangle(new GeoPoint(19.30, -99.25), new GeoPoint(19.40, -99.15))
            .vertices();
    static final Duration LEASE = Duration.ofMinutes(1);

    /** One app instance over the database: its use cases, outbox and dispatcher. */
    record Instance(Vigil vigil, MessageGateway outbox, Dispatcher dispatcher) {
        static Instance on(DataSource ds, Clock clock, Transport sms, Dispatcher.Settings settings) {
            JdbcOutbox outbox = new JdbcOutbox(ds);
            Vigil vigil = Vigil.create(Vigil.kernel(clock, new JdbcAuditStores(ds).open()),
                    new JdbcPeopleStores(ds).open(), new JdbcRiskStores(ds).open(), new JdbcAlertingStores(ds).open(),
                    new JdbcAwarenessStores(ds).open(), new JdbcTravelStores(ds).open(),
                    new JdbcMovementStores(ds).open(), new JdbcGuardStores(ds).open(),
                    new JdbcIncidentStores(ds).open(), new JdbcCrisisStores(ds).open(),
                    new JdbcDocumentsStores(ds).open(), new JdbcLiaisonStores(ds).open(), outbox);
            return new Instance(vigil, outbox, new Dispatcher(outbox, Map.of(Channel.SMS, sms),
                    RetryPolicy.standard(), settings, clock));
        }
    }

    static Dispatcher.Settings settings() {
        return new Dispatcher.Settings(2, 25, LEASE, Duration.ofMillis(20), Duration.ofSeconds(5));
    }

    final OfficeId office = OfficeId.of("T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    final Actor officer = Actor.of("officer", office, Role.SECURITY_OFFICER);
    final WardenZoneId zone = WardenZoneId.of("SUR-" + office.value());
    final List<PersonId> persons = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    PersonId warden;

    /** Registers the warden, {@code n} persons at home in the zone and an on-call shift, through {@code vigil}. */
    DeliveryOffice seed(Vigil vigil, int n, Instant now) {
        warden = person(vigil, "Warden", "+52 55 9000 0001", new GeoPoint(19.60, -99.00), now);
        vigil.people().zones().create(officer, new WardenZoneDetails(zone, "Sur", ZONE, warden, List.of()));
        for (int i = 0; i < n; i++) {
            String phone = "+52 55 2" + String.format("%03d %04d", i / 10_000, i % 10_000);
            persons.add(person(vigil, "P" + i, phone, new GeoPoint(19.31 + (i % 80) * 0.001, -99.20), now));
            phones.add(phone);
        }
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer",
                "+52 55 9999 0000", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(12))));
        return this;
    }

    private PersonId person(Vigil vigil, String given, String phone, GeoPoint home, Instant now) {
        PersonId id = vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                "mobile")), List.of(), null, null)).person().id();
        vigil.people().residences().create(officer, new ResidenceDetails(id, List.of(),
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), home, null, now.minus(Duration.ofDays(100)),
                null));
        return id;
    }

    /** A roll-call over the zone by SMS: warden after 15 minutes, officer after 45. */
    CommunicationTest rollCall(Vigil vigil) {
        return vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", ZONE, null, null,
                Set.of(Channel.SMS), 15, 45, null, null, null));
    }

    /** The ids of the roll-call's requests. */
    List<String> requestIds(CommunicationTest t) {
        return persons.stream().map(p -> t.messageId(p, Channel.SMS)).toList();
    }

    static List<String> ids(List<OutboundMessage> messages) {
        return messages.stream().map(OutboundMessage::id).toList();
    }
}
