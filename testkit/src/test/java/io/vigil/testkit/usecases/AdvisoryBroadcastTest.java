package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.AudienceKind;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.kernel.Language;
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
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A new advisory goes to its audience on the channels that carry text, worded from the office's
 * template in each person's language with the local time it holds until; e-mail adds the advisory's
 * own message. A Mexico City office (UTC-6 in March 2026) whose default language is English.
 */
class AdvisoryBroadcastTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant now = clock.instant();
    private final Instant until = Instant.parse("2026-03-02T00:00:00Z");

    {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Mexico City", "America/Mexico_City",
                "MX"));
    }

    private PersonId person(String given, PersonCategory category, String phone, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test", category, "UNDP", null,
                List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile"), new ContactChannel(ChannelKind.EMAIL,
                        given.toLowerCase() + "@example.org", "work")), List.of(), null, null, language)).person().id();
    }

    private Advisory issue(String message, Audience audience, Set<Channel> channels, Instant validTo) {
        return vigil.alerting().advisories().issue(officer, new AdvisoryDetails("Marcha en Reforma", message,
                Severity.WARNING, audience, channels, now.minus(Duration.ofHours(1)), validTo));
    }

    private List<String> textsTo(String address) {
        return vigil.gateway().sentTo(OFFICE, address).stream().map(OutboundMessage::text).toList();
    }

    @Test
    void everyone_gets_the_template_by_sms_in_their_language_and_the_message_below_it_by_email() {
        person("Sofia", PersonCategory.NATIONAL_STAFF, "+52 55 1000 0001", Language.ES);
        person("Nora", PersonCategory.INTERNATIONAL_STAFF, "+52 55 1000 0002", null);
        Advisory a = issue("Avoid Paseo de la Reforma until 20:00.", Audience.everyone(),
                Set.of(Channel.SMS, Channel.EMAIL, Channel.RADIO), until);

        assertThat(textsTo("+52 55 1000 0001")).containsExactly("Aviso de seguridad Vigil (WARNING): Marcha en"
                + " Reforma. Vigente hasta 2026-03-01 18:00 CST (America/Mexico_City). Lealo y confirme su lectura en"
                + " Vigil (ref " + a.id() + ").");
        assertThat(textsTo("nora@example.org")).as("no language of her own: the office's default, English")
                .containsExactly("Vigil advisory (WARNING): Marcha en Reforma. In force until 2026-03-01 18:00 CST"
                        + " (America/Mexico_City). Read it and acknowledge it in Vigil (ref " + a.id() + ").\n\n"
                        + "Avoid Paseo de la Reforma until 20:00.");
        assertThat(vigil.gateway().sent(OFFICE)).as("two persons on SMS and e-mail; radio carries no text")
                .hasSize(4).extracting(OutboundMessage::channel).doesNotContain(Channel.RADIO);
    }

    @Test
    void a_category_or_a_zone_audience_reaches_only_its_persons() {
        person("Sofia", PersonCategory.NATIONAL_STAFF, "+52 55 1000 0001", null);
        person("Nora", PersonCategory.INTERNATIONAL_STAFF, "+52 55 1000 0002", null);
        issue("Curfew.", new Audience(AudienceKind.CATEGORY, Optional.empty(), List.of(),
                Optional.of("INTERNATIONAL_STAFF")), Set.of(Channel.SMS), until);
        assertThat(textsTo("+52 55 1000 0002")).hasSize(1);
        assertThat(textsTo("+52 55 1000 0001")).isEmpty();

        PersonId warden = person("Walter", PersonCategory.NATIONAL_STAFF, "+52 55 1000 0003", null);
        PersonId resident = person("Rita", PersonCategory.NATIONAL_STAFF, "+52 55 1000 0004", null);
        vigil.people().zones().create(officer, new WardenZoneDetails(WardenZoneId.of("MEX-POL"), "Polanco",
                GeoArea.rectangle(new GeoPoint(19.42, -99.21), new GeoPoint(19.44, -99.18)).vertices(), warden,
                List.of()));
        vigil.people().residences().create(officer, new ResidenceDetails(resident, List.of(),
                new Address("Masaryk 100", "", "Mexico City", "Mexico"), new GeoPoint(19.43, -99.19), null,
                now.minus(Duration.ofDays(30)), null));
        issue("Gas leak.", new Audience(AudienceKind.ZONE, Optional.of(WardenZoneId.of("MEX-POL")), List.of(),
                Optional.empty()), Set.of(Channel.SMS), until);
        assertThat(textsTo("+52 55 1000 0004")).singleElement().asString().contains("Marcha en Reforma");
        assertThat(textsTo("+52 55 1000 0003")).as("the warden lives in no residence of the zone").isEmpty();
        assertThat(textsTo("+52 55 1000 0001")).isEmpty();

        long stored = vigil.alerting().advisories().list(officer, PageRequest.first(10)).total();
        assertThatThrownBy(() -> issue("Nobody.", new Audience(AudienceKind.ZONE, Optional.of(WardenZoneId.of(
                "MEX-NONE")), List.of(), Optional.empty()), Set.of(Channel.SMS), until))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("audience.zone", "is not a warden zone of office MX-MEX: MEX-NONE")));
        assertThat(vigil.alerting().advisories().list(officer, PageRequest.first(10)).total()).isEqualTo(stored);
    }

    @Test
    void a_role_that_may_not_issue_advisories_is_refused_before_anyone_is_read_or_located() {
        person("Nora", PersonCategory.INTERNATIONAL_STAFF, "+52 55 1000 0002", null);
        Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
        assertThatThrownBy(() -> vigil.alerting().advisories().issue(manager, new AdvisoryDetails("Curfew", "Stay in.",
                Severity.WARNING, new Audience(AudienceKind.AREA, Optional.empty(), GeoArea.rectangle(
                new GeoPoint(19.3, -99.3), new GeoPoint(19.5, -99.0)).vertices(), Optional.empty()),
                Set.of(Channel.SMS), now, until))).isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("manager"), Optional.empty()),
                PageRequest.first(10)).items()).as("only the refusal: no contacts read, nobody located")
                .extracting(AuditEntry::resourceType).containsExactly("advisory");
        assertThat(vigil.gateway().sent(OFFICE)).isEmpty();
    }

    @Test
    void an_advisory_no_longer_in_force_or_on_channels_without_text_sends_nothing_and_a_long_message_is_paged() {
        person("Nora", PersonCategory.INTERNATIONAL_STAFF, "+52 55 1000 0002", null);
        issue("Old.", Audience.everyone(), Set.of(Channel.SMS), now);
        issue("Read out at the gate.", Audience.everyone(), Set.of(Channel.RADIO, Channel.PHONE), until);
        assertThat(vigil.gateway().sent(OFFICE)).isEmpty();

        String message = ("Stay at home. ").repeat(280).strip();
        issue(message, Audience.everyone(), Set.of(Channel.EMAIL), until);
        List<String> pages = textsTo("nora@example.org");
        assertThat(pages).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(pages.get(0)).startsWith("Vigil advisory (WARNING): Marcha en Reforma.");
        assertThat(String.join(" ", pages)).endsWith("\n\n" + message);
    }
}
