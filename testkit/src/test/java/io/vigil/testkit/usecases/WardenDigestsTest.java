package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.ShiftDetails;
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
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Warden and officer digests of a roll-call: on every channel of the roll-call the warden can be
 * reached on, naming every silent person with their phone, in pages that fit the channel.
 */
class WardenDigestsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final String WARDEN_PHONE = "+52 55 2000 0000";
    private static final String WARDEN_MAIL = "warden@example.org";
    private static final String DUTY_PHONE = "+52 55 9999 0000";
    private static final int SILENT = 60;

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant start = clock.instant();
    private final List<String> silentPhones = new ArrayList<>();
    private final List<String> silentNames = new ArrayList<>();

    private PersonId person(String given, String family, List<ContactChannel> contacts, double lat) {
        PersonId id = vigil.people().persons().register(officer, new PersonDetails(given, family,
                PersonCategory.NATIONAL_STAFF, "IBRD", null, contacts, List.of(), null, null)).person().id();
        vigil.people().residences().create(officer, new ResidenceDetails(id, List.of(),
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), new GeoPoint(lat, -99.20), null,
                start.minus(Duration.ofDays(100)), null));
        return id;
    }

    private List<OutboundMessage> to(String address) {
        return vigil.gateway().sent(OFFICE).stream().filter(m -> m.address().equals(address)).toList();
    }

    @Test
    void the_warden_gets_the_digest_by_sms_in_pages_and_by_e_mail_naming_every_silent_person_with_a_phone() {
        PersonId warden = person("Wendy", "Warden", List.of(new ContactChannel(ChannelKind.EMAIL, WARDEN_MAIL,
                "work"), new ContactChannel(ChannelKind.PHONE, WARDEN_PHONE, "mobile")), 19.60);
        for (int i = 0; i < SILENT; i++) {
            String phone = "+52 55 3000 " + (1000 + i);
            String family = "Silvestre-Montenegro " + i;
            silentPhones.add(phone);
            silentNames.add("Maximiliana " + family);
            person("Maximiliana", family, List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile")),
                    19.35 + i * 0.0008);
        }
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", GeoArea.rectangle(
                new GeoPoint(19.30, -99.25), new GeoPoint(19.40, -99.15)).vertices(), warden, List.of()));
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer", DUTY_PHONE,
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
        CommunicationTest t = vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake",
                GeoArea.rectangle(new GeoPoint(19.30, -99.25), new GeoPoint(19.45, -99.10)).vertices(), null, null,
                Set.of(Channel.SMS, Channel.EMAIL), 15, 45, null, null, null));
        assertThat(t.audience()).hasSize(SILENT);

        clock.set(start.plus(Duration.ofMinutes(16)));
        vigil.alerting().rollCalls().escalate(officer, t.id());

        List<OutboundMessage> sms = to(WARDEN_PHONE);
        List<OutboundMessage> mail = to(WARDEN_MAIL);
        assertThat(sms).as("more silent people than fit one SMS").hasSizeGreaterThan(1)
                .allMatch(m -> m.channel() == Channel.SMS).allMatch(m -> m.text().length() <= 459);
        assertThat(mail).as("more silent people than fit one message of 2,000 characters").hasSizeGreaterThan(1)
                .allMatch(m -> m.channel() == Channel.EMAIL).allMatch(m -> m.text().length() <= 2000);
        String smsText = sms.stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
        String mailText = mail.stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
        for (int i = 0; i < SILENT; i++) {
            assertThat(smsText).contains(silentNames.get(i) + " (" + silentPhones.get(i) + ")");
            assertThat(mailText).contains(silentNames.get(i) + " (" + silentPhones.get(i) + ")");
        }
        assertThat(sms.get(0).text()).startsWith("(1/" + sms.size() + ") ");
        List<String> ids = new ArrayList<>(sms.stream().map(OutboundMessage::id).toList());
        ids.add(mail.get(0).id());
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith(t.id().toString()));

        int before = vigil.gateway().sent(OFFICE).size();
        assertThat(vigil.alerting().rollCalls().escalate(officer, t.id()).sent()).as("sent once").isZero();
        assertThat(vigil.gateway().sent(OFFICE)).hasSize(before);

        clock.set(start.plus(Duration.ofMinutes(46)));
        vigil.alerting().rollCalls().escalate(officer, t.id());
        List<OutboundMessage> officer = to(DUTY_PHONE);
        assertThat(officer).hasSizeGreaterThan(1).allMatch(m -> m.text().length() <= 459);
        String officerText = officer.stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
        for (int i = 0; i < SILENT; i++) {
            assertThat(officerText).contains(silentNames.get(i) + " (" + silentPhones.get(i) + ")");
        }
    }
}
