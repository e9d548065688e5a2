package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Requests in each person's language or the office's default, an office's own templates, SMS replies answered. */
class MessageLanguagesTest {
    private static final OfficeId OFFICE = OfficeId.of("CF-BGF");

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor sms = Actor.of("sms-webhook", OFFICE, Role.INTEGRATION);

    private PersonId register(String given, String phone, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IOM", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                        "mobile")), List.of(), null, null, language)).person().id();
    }

    private String textTo(String phone) {
        List<OutboundMessage> sent = vigil.gateway().sentTo(OFFICE, phone);
        return sent.get(sent.size() - 1).text();
    }

    private CommunicationTest start(String title) {
        return vigil.alerting().tests().start(officer, new CommTestDetails(title, Set.of(Channel.SMS), null, 120, 90,
                60, null));
    }

    @Test
    void a_person_is_asked_in_their_language_and_one_who_prefers_none_in_the_offices_default() {
        register("Ana", "+236 70 00 00 01", Language.ES);
        register("Pat", "+236 70 00 00 02", Language.EN);
        register("Nadia", "+236 70 00 00 03", null);
        MessageSettings english = vigil.alerting().messages().get(officer);
        vigil.alerting().messages().setDefaultLanguage(officer, english.version(), Language.FR);

        start("Test mensuel");

        assertThat(textTo("+236 70 00 00 01")).isEqualTo("Vigil, prueba de comunicacion \"Test mensuel\": responda 1"
                + " si esta a salvo, 2 si necesita ayuda.");
        assertThat(textTo("+236 70 00 00 02")).isEqualTo("Vigil communication test \"Test mensuel\": reply 1 if you"
                + " are safe, 2 if you need help.");
        assertThat(textTo("+236 70 00 00 03")).isEqualTo("Vigil, test de communication \"Test mensuel\" : répondez 1"
                + " si tout va bien, 2 si vous avez besoin d'aide.");
    }

    @Test
    void the_offices_default_language_is_english_until_set_and_is_each_offices_own() {
        OfficeId other = OfficeId.of("MX-MEX");
        assertThat(vigil.alerting().messages().defaultLanguageOf(OFFICE)).isEqualTo(Language.EN);
        vigil.alerting().messages().setDefaultLanguage(officer, 0, Language.FR);
        assertThat(vigil.alerting().messages().defaultLanguageOf(OFFICE)).isEqualTo(Language.FR);
        assertThat(vigil.alerting().messages().defaultLanguageOf(other)).isEqualTo(Language.EN);
    }

    @Test
    void an_actor_reads_their_own_persons_language_audited_naming_them_and_nothing_of_another() {
        PersonId ana = register("Ana", "+236 70 00 00 21", Language.ES);
        PersonId luc = register("Luc", "+236 70 00 00 22", null);
        Actor anaHerself = Actor.staff("ana@test", OFFICE, ana);
        assertThat(vigil.people().persons().preferredLanguage(anaHerself)).contains(Language.ES);
        assertThat(vigil.people().persons().preferredLanguage(Actor.staff("luc@test", OFFICE, luc))).isEmpty();
        assertThat(vigil.people().persons().preferredLanguage(officer)).as("an actor without a person").isEmpty();
        assertThat(vigil.people().persons().preferredLanguage(Actor.staff("ana@elsewhere", OfficeId.of("MX-MEX"), ana)))
                .as("a person of another office").isEmpty();
        List<AuditEntry> reads = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items()
                .stream().filter(e -> e.actor().equals("ana@test")).toList();
        assertThat(reads).singleElement().satisfies(e -> {
            assertThat(e.persons()).containsExactly(ana);
            assertThat(e.dataClass()).isEqualTo(io.vigil.people.domain.PeopleData.PROFILE);
            assertThat(e.granted()).isTrue();
        });
    }

    @Test
    void an_offices_own_template_is_used_with_the_name_and_title_put_in() {
        register("Jean-Pierre", "+236 70 00 00 04", Language.FR);
        MessageSettings s = vigil.alerting().messages().putTemplate(officer, 0,
                MessageKind.COMMUNICATION_TEST_REQUEST, Language.FR, "{name}, test {title} : 1 = tout va, 2 = aide");
        assertThat(s.version()).isEqualTo(1);

        start("Exercice «radio»");

        assertThat(textTo("+236 70 00 00 04")).isEqualTo("Jean-Pierre Test, test Exercice \"radio\" : 1 = tout va,"
                + " 2 = aide");
    }

    @Test
    void a_bad_template_is_refused_naming_every_problem_and_leaves_the_settings_as_they_were() {
        assertThatThrownBy(() -> vigil.alerting().messages().putTemplate(officer, 0, MessageKind.ROLL_CALL_REQUEST,
                Language.ES, "¿Está bien {nombre}?"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("text",
                                        "must be written in the GSM alphabet of SMS, but has 'á'"),
                                org.assertj.core.groups.Tuple.tuple("text", "names the unknown placeholder {nombre};"
                                        + " ROLL_CALL_REQUEST knows {name}, {title}"),
                                org.assertj.core.groups.Tuple.tuple("text", "must use the placeholder {title}")));
        assertThat(vigil.alerting().messages().get(officer).version()).isZero();
        assertThatThrownBy(() -> vigil.alerting().messages().setDefaultLanguage(officer, 3, Language.ES))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> vigil.alerting().messages().setDefaultLanguage(
                Actor.staff("staff", OFFICE, PersonId.random()), 0, Language.ES))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.alerting().messages().get(Actor.of("manager", OFFICE, Role.MANAGER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.alerting().messages().get(officer).defaultLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void an_sms_reply_is_recorded_and_answered_in_the_senders_language_the_language_read_audited() {
        PersonId ana = register("Ana", "+236 70 00 00 05", Language.ES);
        CommunicationTest t = start("Prueba");

        ReplyReceipt receipt = vigil.alerting().smsReplies().receive(sms, "+23670000005", "¡BIEN!", null);

        assertThat(receipt.test()).isEqualTo(t.id());
        assertThat(receipt.checkIn().person()).isEqualTo(ana);
        assertThat(receipt.checkIn().answer()).isEqualTo(Answer.SAFE);
        assertThat(textTo("+236 70 00 00 05")).isEqualTo("Vigil: registramos su respuesta A SALVO a \"Prueba\"."
                + " Gracias.");
        AuditEntry read = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items().stream()
                .filter(e -> e.actor().equals("sms-webhook") && e.dataClass().name().equals("PROFILE")).findFirst()
                .orElseThrow();
        assertThat(read.persons()).containsExactly(ana);
    }

    @Test
    void a_reply_not_understood_is_answered_and_records_nothing() {
        register("Ana", "+236 70 00 00 06", Language.ES);
        CommunicationTest t = start("Prueba");
        int before = vigil.gateway().sent(OFFICE).size();

        assertThatThrownBy(() -> vigil.alerting().smsReplies().receive(sms, "+236 70 00 00 06", "quizás", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("text"));

        assertThat(vigil.gateway().sent(OFFICE)).hasSize(before + 1);
        assertThat(textTo("+236 70 00 00 06")).isEqualTo("Vigil: no entendimos su respuesta, no se registro nada."
                + " Responda 1 o SI si esta a salvo, 2 o AYUDA si necesita ayuda.");
        assertThat(vigil.alerting().tests().result(officer, t.id()).score().answered()).isZero();
    }
}
