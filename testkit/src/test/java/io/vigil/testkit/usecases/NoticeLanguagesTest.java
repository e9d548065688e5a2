package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.Language;
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
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The notices to wardens and to the officer on call in the recipient's language (a warden's own,
 * else the office's default; the officer's duty phone the office's default), with the office's
 * local time and its zone named: a Bangui office, its wardens French, Spanish and of no language.
 */
class NoticeLanguagesTest {
    private static final OfficeId OFFICE = OfficeId.of("CF-BGF");
    private static final String DUTY_PHONE = "+236 75 00 00 00";

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant start = clock.instant();

    {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Bangui", "Africa/Bangui", "CF"));
        vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty officer", "security officer", DUTY_PHONE,
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
    }

    private PersonId person(String given, String phone, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IOM", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                        "mobile")), List.of(), null, null, language)).person().id();
    }

    private void home(PersonId who, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(),
                new Address("Avenue 1", "", "Bangui", "Central African Republic"), new GeoPoint(lat, lon), null,
                start.minus(Duration.ofDays(100)), null));
    }

    private void zone(String id, double south, double west, PersonId warden) {
        vigil.people().zones().create(officer, new WardenZoneDetails(WardenZoneId.of(id), id,
                GeoArea.rectangle(new GeoPoint(south, west), new GeoPoint(south + 0.05, west + 0.05)).vertices(),
                warden, List.of()));
        home(warden, 4.60, 18.90);
    }

    private List<String> textsTo(String phone) {
        return vigil.gateway().sentTo(OFFICE, phone).stream().map(OutboundMessage::text).toList();
    }

    private void setDefault(Language language) {
        MessageSettings s = vigil.alerting().messages().get(officer);
        vigil.alerting().messages().setDefaultLanguage(officer, s.version(), language);
    }

    @Test
    void each_warden_gets_the_digest_of_their_zone_in_their_language_or_the_offices_default_and_the_officer_too() {
        zone("BGF-NORD", 4.40, 18.50, person("Francoise", "+236 70 00 00 01", Language.FR));
        zone("BGF-SUD", 4.30, 18.50, person("Sofia", "+236 70 00 00 02", Language.ES));
        zone("BGF-EST", 4.36, 18.60, person("Nadia", "+236 70 00 00 03", null));
        home(person("Anne", "+236 70 00 00 11", Language.ES), 4.42, 18.52);
        home(person("Beto", "+236 70 00 00 12", null), 4.32, 18.52);
        home(person("Chris", "+236 70 00 00 13", Language.FR), 4.37, 18.62);
        home(person("Dario", "+236 70 00 00 14", null), 4.47, 18.68);
        CommunicationTest t = vigil.alerting().rollCalls().start(officer, new RollCallDetails("Séisme",
                GeoArea.rectangle(new GeoPoint(4.28, 18.45), new GeoPoint(4.50, 18.70)).vertices(), null, null,
                Set.of(Channel.SMS), 15, 45, null, null, null));
        assertThat(t.audience()).hasSize(4);

        clock.set(start.plus(Duration.ofMinutes(16)));
        assertThat(vigil.alerting().rollCalls().escalate(officer, t.id()).sent()).isEqualTo(4);

        assertThat(textsTo("+236 70 00 00 01")).containsExactly("Vigil, appel nominal \"Séisme\", zone BGF-NORD :"
                + " sans réponse après 15 minutes (1) : Anne Test (+236 70 00 00 11). Merci de les joindre.");
        assertThat(textsTo("+236 70 00 00 02")).containsExactly("Vigil, pase de lista \"Séisme\", zona BGF-SUD: sin"
                + " respuesta tras 15 minutos (1): Beto Test (+236 70 00 00 12). Compruebe como estan, por favor.");
        assertThat(textsTo("+236 70 00 00 03")).as("no language of her own: the office's default, English")
                .containsExactly("Vigil roll-call \"Séisme\", zone BGF-EST: no answer after 15 minutes (1):"
                        + " Chris Test (+236 70 00 00 13). Please check on them.");
        assertThat(textsTo(DUTY_PHONE)).containsExactly("Vigil roll-call \"Séisme\": no answer after 15 minutes (1)"
                + " with no warden: Dario Test (+236 70 00 00 14).");

        setDefault(Language.ES);
        clock.set(start.plus(Duration.ofMinutes(46)));
        assertThat(vigil.alerting().rollCalls().escalate(officer, t.id()).sent()).isEqualTo(1);
        assertThat(textsTo(DUTY_PHONE)).hasSize(2).last().satisfies(text -> assertThat(text)
                .startsWith("Vigil, pase de lista \"Séisme\": sin respuesta tras 45 minutos (4): ")
                .contains("Anne Test (+236 70 00 00 11)").contains("Beto Test (+236 70 00 00 12)")
                .contains("Chris Test (+236 70 00 00 13)").contains("Dario Test (+236 70 00 00 14)").endsWith(").")
                .doesNotContain("{"));
    }

    @Test
    void the_officer_is_told_of_a_call_for_help_and_of_a_changed_answer_in_the_offices_default_at_bangui_time() {
        setDefault(Language.FR);
        PersonId ana = person("Ana", "+236 70 00 00 21", Language.ES);
        CommunicationTest t = vigil.alerting().tests().start(officer, new CommTestDetails("Exercice radio",
                Set.of(Channel.SMS), null, 120, 90, 60, null));

        clock.set(start.plus(Duration.ofMinutes(5)));
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(ana, Answer.NEEDS_HELP, Channel.SMS,
                null));
        clock.set(start.plus(Duration.ofMinutes(15)));
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(ana, Answer.SAFE, Channel.SMS, null));

        assertThat(textsTo(DUTY_PHONE)).containsExactly(
                "Vigil : person " + ana + " a répondu BESOIN D'AIDE à \"Exercice radio\" le 2026-03-01 11:05 WAT"
                        + " (Africa/Bangui) par SMS.",
                "Vigil : person " + ana + " a répondu TOUT VA BIEN (avant BESOIN D'AIDE, 11:05 WAT) à \"Exercice"
                        + " radio\" le 2026-03-01 11:15 WAT (Africa/Bangui) par SMS.");
    }

    @Test
    void an_offices_own_notice_template_words_the_next_notice_and_an_office_without_a_profile_shows_utc() {
        MessageSettings s = vigil.alerting().messages().get(officer);
        vigil.alerting().messages().putTemplate(officer, s.version(), MessageKind.OFFICER_NEEDS_HELP, Language.EN,
                "AIDE/HELP {name}, {title}, {at}");
        PersonId ben = person("Ben", "+236 70 00 00 22", null);
        CommunicationTest t = vigil.alerting().tests().start(officer, new CommTestDetails("Drill",
                Set.of(Channel.SMS), null, 120, 90, 60, null));
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(ben, Answer.NEEDS_HELP, Channel.SMS,
                null));
        assertThat(textsTo(DUTY_PHONE)).containsExactly("AIDE/HELP person " + ben
                + ", Drill, 2026-03-01 11:00 WAT (Africa/Bangui)");

        OfficeId elsewhere = OfficeId.of("MX-MEX");
        Actor there = Actor.of("officer", elsewhere, Role.SECURITY_OFFICER);
        vigil.alerting().onCall().schedule(there, new ShiftDetails("Duty", "security officer", "+52 55 9999 0000",
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(12))));
        PersonId cruz = vigil.people().persons().register(there, new PersonDetails("Cruz", "Test",
                PersonCategory.NATIONAL_STAFF, "IOM", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 1000 0001", "mobile")), List.of(), null, null, null)).person().id();
        CommunicationTest u = vigil.alerting().tests().start(there, new CommTestDetails("Drill", Set.of(Channel.SMS),
                null, 120, 90, 60, null));
        vigil.alerting().tests().checkIn(there, u.id(), new CheckInDetails(cruz, Answer.NEEDS_HELP, Channel.SMS,
                null));
        assertThat(vigil.gateway().sentTo(elsewhere, "+52 55 9999 0000")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Vigil: person " + cruz + " answered NEEDS HELP to"
                        + " \"Drill\" at 2026-03-01 10:00 UTC (UTC) by SMS."));
    }

    @Test
    void a_notice_from_a_template_goes_to_each_person_in_their_language_with_the_local_time_and_to_the_officer() {
        setDefault(Language.EN);
        PersonId sofia = mailed("Sofia", "sofia@example.org", Language.ES);
        PersonId francoise = mailed("Francoise", "francoise@example.org", Language.FR);
        PersonId nadia = mailed("Nadia", "nadia@example.org", null);
        var receipt = vigil.alerting().notices().notify(officer, "clearance-C1-revoked-2", List.of(sofia, francoise,
                nadia), io.vigil.alerting.port.in.TemplatedNotice.CLEARANCE_REVOKED, java.util.Map.of("clearance", "C1", "reason", "road closed"),
                java.util.Map.of("departure", Instant.parse("2026-03-04T06:30:00Z")));
        assertThat(receipt.queued()).isEqualTo(4);
        assertThat(receipt.officerTold()).isTrue();
        assertThat(textsTo("sofia@example.org")).containsExactly("La autorizacion de viaje C1 (salida 2026-03-04 07:30"
                + " WAT (Africa/Bangui)) queda REVOCADA: road closed");
        assertThat(textsTo("francoise@example.org")).containsExactly("L'autorisation de voyage C1 (départ 2026-03-04"
                + " 07:30 WAT (Africa/Bangui)) est RÉVOQUÉE : road closed");
        assertThat(textsTo("nadia@example.org")).containsExactly("Travel clearance C1 (departing 2026-03-04 07:30 WAT"
                + " (Africa/Bangui)) is REVOKED: road closed");
        assertThat(textsTo(DUTY_PHONE)).containsExactly("Travel clearance C1 (departing 2026-03-04 07:30 WAT"
                + " (Africa/Bangui)) is REVOKED: road closed");
    }

    private PersonId mailed(String given, String email, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.INTERNATIONAL_STAFF, "IOM", null, List.of(new ContactChannel(ChannelKind.EMAIL, email,
                        "work")), List.of(), null, null, language)).person().id();
    }
}
