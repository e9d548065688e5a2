package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.crisis.port.in.TopicDetails;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.ChainMemberDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentSettingsDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.incident.port.in.WrittenReportDetails;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The notices of the incident, crisis and documents contexts worded from the office's templates: the
 * reporting chain (a role, not a person) in the office's default language, crisis team members,
 * topic owners and a document's readers each in the language they prefer, else the office's
 * default; times in the office's local time with the zone named. A Bangui office (UTC+1, no
 * daylight saving) whose default is French.
 */
class ContextNoticeLanguagesTest {
    private static final OfficeId OFFICE = OfficeId.of("CF-BGF");
    private static final String CHAIN_PHONE = "+236 75 11 11 11";

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);

    {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Bangui", "Africa/Bangui", "CF"));
        MessageSettings s = vigil.alerting().messages().get(officer);
        vigil.alerting().messages().setDefaultLanguage(officer, s.version(), Language.FR);
    }

    private PersonId person(String given, String mail, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IOM", null, List.of(new ContactChannel(ChannelKind.EMAIL, mail,
                        "work")), List.of(), null, null, language)).person().id();
    }

    private List<String> textsTo(String address) {
        return vigil.gateway().sentTo(OFFICE, address).stream().map(OutboundMessage::text).toList();
    }

    @Test
    void the_reporting_chain_is_told_in_the_offices_default_language_with_the_incidents_local_time() {
        vigil.incident().settings().set(officer, vigil.incident().settings().get(officer).version(),
                new IncidentSettingsDetails(null, List.of(new ChainMemberDetails("COM", "Chef de bureau",
                        io.vigil.incident.domain.NoticeChannel.SMS, CHAIN_PHONE)), "HIS-2024", null));
        IncidentReport r = vigil.incident().reports().create(officer, new IncidentDetails("crime", "armed-robbery",
                "Vol à main armée au PK5", "Deux hommes armés.", Instant.parse("2026-03-01T09:30:00Z"),
                new PlaceDetails("Marché PK5", GeoPoint.of(4.3612, 18.5451), null), List.of(), List.of(),
                Severity.CRITICAL, "le chauffeur", Verification.CONFIRMED));
        vigil.incident().reports().submitWritten(associate, r.id(), r.version(),
                new WrittenReportDetails("Le chauffeur a été menacé ; le véhicule est rentré à la base."));

        assertThat(textsTo(CHAIN_PHONE)).containsExactly(
                "RAPPORT FLASH CF-BGF : CRITICAL crime/armed-robbery - Vol à main armée au PK5, Marché PK5,"
                        + " 2026-03-01 10:30 WAT (Africa/Bangui). Personnes touchées : 0. Source : le chauffeur"
                        + " (CONFIRMED). Réf " + r.id() + " ; merci d'en accuser réception.",
                "RAPPORT ÉCRIT CF-BGF : CRITICAL crime/armed-robbery - Vol à main armée au PK5, Marché PK5,"
                        + " 2026-03-01 10:30 WAT (Africa/Bangui). Personnes touchées : 0. Source : le chauffeur"
                        + " (CONFIRMED). Réf " + r.id() + " ; merci d'en accuser réception.");
    }

    @Test
    void crisis_team_members_and_a_topic_owner_are_told_in_their_language_else_the_offices() {
        PersonId leader = person("Lea", "lea@example.org", Language.ES);
        PersonId alternate = person("Alain", "alain@example.org", null);
        PersonId owner = person("Olga", "olga@example.org", Language.EN);
        vigil.crisis().team().set(officer, 0, new TeamDetails(List.of(
                new TeamDetails.SeatDetails(TeamRole.LEADER, leader, List.of(alternate)),
                new TeamDetails.SeatDetails(TeamRole.OPERATIONS, owner, List.of()))));
        Activation a = vigil.crisis().activations().activate(officer, new ActivationDetails("Troubles",
                "tirs près du PK5", null));

        assertThat(textsTo("lea@example.org")).containsExactly("Equipo de crisis activado (Troubles): tirs près du"
                + " PK5. Usted es LEADER. Responda DISPONIBLE o NO DISPONIBLE en Vigil (activacion " + a.id() + ").");
        assertThat(textsTo("alain@example.org")).as("no language of his own: the office's default, French")
                .containsExactly("Cellule de crise activée (Troubles) : tirs près du PK5. Votre fonction : suppléant"
                        + " de LEADER. Répondez DISPONIBLE ou INDISPONIBLE dans Vigil (activation " + a.id() + ").");
        assertThat(textsTo("olga@example.org")).containsExactly("Crisis team activated (Troubles): tirs près du PK5."
                + " You are OPERATIONS. Answer AVAILABLE or UNAVAILABLE in Vigil (activation " + a.id() + ").");

        vigil.crisis().activations().addTopic(officer, a.id(), new TopicDetails("Blessés", owner, 60));
        vigil.crisis().activations().addTopic(officer, a.id(), new TopicDetails("Routes", alternate, 90));
        clock.advance(Duration.ofMinutes(90));
        assertThat(vigil.crisis().activations().remindDue(officer).sent()).isEqualTo(2);
        assertThat(textsTo("olga@example.org")).hasSize(2).last().isEqualTo("Situation report due: topic 1"
                + " \"Blessés\" of the Troubles activation was due at 2026-03-01 12:00 WAT (Africa/Bangui) (activation "
                + a.id() + ").");
        assertThat(textsTo("alain@example.org")).hasSize(2).last().isEqualTo("Rapport de situation en retard : sujet"
                + " 2 \"Routes\" de l'activation Troubles, attendu à 2026-03-01 12:30 WAT (Africa/Bangui) (activation "
                + a.id() + ").");
    }

    @Test
    void a_documents_readers_are_told_in_their_language_else_the_offices_and_an_offices_own_template_wins() {
        person("Sofia", "sofia@example.org", Language.ES);
        person("Nadia", "nadia@example.org", null);
        Document d = vigil.documents().documents().create(officer, new DocumentDetails(DocumentKind.SOP,
                "Procédure d'hibernation", "Officier de sécurité", Classification.OFFICE,
                LocalDate.parse("2026-02-01"), null));
        d = vigil.documents().documents().publish(officer, d.id(), d.version(), new PublishDetails("text/markdown",
                "# Hibernation".getBytes(StandardCharsets.UTF_8), "publiée"));
        Dissemination sent = vigil.documents().dissemination().disseminate(officer, d.id(), new DisseminationDetails(
                DocumentAudience.everyone(), Set.of(NoticeChannel.EMAIL)));

        assertThat(textsTo("sofia@example.org")).containsExactly("Le enviamos el documento de seguridad"
                + " \"Procédure d'hibernation\" (version 1). Por favor lealo y confirme su lectura: referencia "
                + sent.id() + ".");
        assertThat(textsTo("nadia@example.org")).containsExactly("Le document de sécurité \"Procédure d'hibernation\""
                + " (version 1) vous est adressé. Merci de le lire et d'en accuser réception : référence " + sent.id()
                + ".");

        MessageSettings s = vigil.alerting().messages().get(officer);
        vigil.alerting().messages().putTemplate(officer, s.version(), MessageKind.DOCUMENT_ISSUED, Language.FR,
                "Vigil : lisez \"{title}\" v{version} et confirmez la lecture ({ref}).");
        Dissemination again = vigil.documents().dissemination().disseminate(officer, d.id(), new DisseminationDetails(
                DocumentAudience.everyone(), Set.of(NoticeChannel.EMAIL)));
        assertThat(textsTo("nadia@example.org")).hasSize(2).last().isEqualTo("Vigil : lisez \"Procédure"
                + " d'hibernation\" v1 et confirmez la lecture (" + again.id() + ").");
    }
}
