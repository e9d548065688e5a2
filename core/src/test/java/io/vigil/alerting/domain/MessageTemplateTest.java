package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates: what a text may hold, how values are put in, the shipped ones, and an office's own. */
class MessageTemplateTest {

    @Test
    void septets_count_an_extension_character_twice_and_refuse_characters_outside_the_alphabet() {
        assertThat(GsmText.septets("Hi {x}")).isEqualTo(8);
        assertThat(GsmText.septets("café à l'Ø")).isEqualTo(10);
        assertThat(GsmText.septets("canción")).isEqualTo(-1);
        assertThat(GsmText.foreign("¿Está?")).contains('á');
    }

    @Test
    void a_value_is_folded_into_the_basic_alphabet_and_cut() {
        assertThat(GsmText.fold("Canción ñ {x} [y]", 40)).isEqualTo("Cancion ñ (x) (y)");
        assertThat(GsmText.fold("Être\nou ne pas", 40)).isEqualTo("Etre ou ne pas");
        assertThat(GsmText.fold("abc", 2)).isEqualTo("ab");
        assertThat(GsmText.fold("5 €, ~ | \\", 20)).isEqualTo("5 E, - / /");
        assertThat(GsmText.fold("日本", 5)).isEqualTo("??");
    }

    @Test
    void an_unknown_placeholder_and_a_missing_required_one_are_both_named() {
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, "Hello {nmae}")).containsExactly(
                "names the unknown placeholder {nmae}; ROLL_CALL_REQUEST knows {name}, {title}",
                "must use the placeholder {title}");
        assertThat(MessageTemplate.problems(MessageKind.REPLY_NOT_UNDERSTOOD, "Sorry {title}")).containsExactly(
                "names the unknown placeholder {title}; REPLY_NOT_UNDERSTOOD knows none");
    }

    @Test
    void a_text_that_could_exceed_one_sms_with_its_placeholders_at_their_longest_is_refused() {
        String hundred = "a".repeat(100);
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, hundred + "{title}")).isEmpty();
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, hundred + "a{title}")).containsExactly(
                "takes up to 161 characters with its placeholders at their longest ({title} 60), more than the"
                        + " 160 of one SMS");
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, "{title} {name} " + "b".repeat(59)))
                .containsExactly("takes up to 161 characters with its placeholders at their longest ({title} 60,"
                        + " {name} 40), more than the 160 of one SMS");
        assertThat(MessageTemplate.problems(MessageKind.REPLY_SAFE, "c".repeat(161)))
                .containsExactly("must be at most 160 characters, was 161");
    }

    @Test
    void characters_outside_the_gsm_alphabet_stray_braces_and_blank_texts_are_refused() {
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, "¿Está a salvo? {title}"))
                .containsExactly("must be written in the GSM alphabet of SMS, but has 'á'");
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_REQUEST, "{Title} {title}")).containsExactly(
                "must use braces only around a placeholder name of lower-case letters, such as {title}");
        assertThat(MessageTemplate.problems(MessageKind.REPLY_SAFE, " ")).containsExactly("must not be blank");
        assertThatThrownBy(() -> new MessageTemplate(MessageKind.ROLL_CALL_REQUEST, Language.EN, "Hi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must use the placeholder {title}");
    }

    @Test
    void values_are_put_in_once_folded_and_cut_to_their_placeholders_length() {
        MessageTemplate t = new MessageTemplate(MessageKind.ROLL_CALL_REQUEST, Language.EN, "{name}: {title}!");
        assertThat(t.render(Map.of("title", "{name} drill", "name", "Ana"))).isEqualTo("Ana: (name) drill!");
        assertThat(t.render(Map.of("title", "x".repeat(70)))).isEqualTo(": " + "x".repeat(60) + "!");
    }

    @Test
    void the_shipped_roll_call_reads_naturally_in_each_language() {
        Map<String, String> values = Map.of("title", "Sismo en CDMX", "name", "Ana");
        assertThat(ShippedTemplates.of(MessageKind.ROLL_CALL_REQUEST, Language.EN).render(values)).isEqualTo(
                "Vigil roll-call: Sismo en CDMX. Are you safe? Reply 1 if you are safe, 2 if you need help.");
        assertThat(ShippedTemplates.of(MessageKind.ROLL_CALL_REQUEST, Language.ES).render(values)).isEqualTo(
                "Vigil, pase de lista: Sismo en CDMX. ¿Esta a salvo? Responda 1 si esta a salvo, 2 si necesita"
                        + " ayuda.");
        assertThat(ShippedTemplates.of(MessageKind.ROLL_CALL_REQUEST, Language.FR).render(values)).isEqualTo(
                "Vigil, appel nominal : Sismo en CDMX. Tout va bien ? Répondez 1 si tout va bien, 2 si vous avez"
                        + " besoin d'aide.");
        assertThat(ShippedTemplates.all()).hasSize(MessageKind.values().length * 3);
    }

    @Test
    void every_shipped_template_fits_its_bound_with_its_placeholders_at_their_longest() {
        for (MessageTemplate t : ShippedTemplates.all()) {
            Map<String, String> longest = new java.util.HashMap<>();
            t.kind().placeholders().forEach((name, max) -> longest.put(name, "W".repeat(max)));
            assertThat(GsmText.septets(t.render(longest))).as(t.kind() + " " + t.language())
                    .isBetween(1, t.kind().bound());
        }
        assertThat(MessageKind.ROLL_CALL_REQUEST.bound()).isEqualTo(160);
        assertThat(MessageKind.OFFICER_NEEDS_HELP.bound()).isEqualTo(306);
        assertThat(MessageKind.CALL_IN_OVERDUE.bound()).isEqualTo(306);
    }

    @Test
    void a_notice_kind_allows_two_joined_sms_and_says_so_when_a_text_could_exceed_them() {
        String filler = "a".repeat(306 - 80 - 60 - 60 - 5);
        assertThat(MessageTemplate.problems(MessageKind.OFFICER_NEEDS_HELP, filler + "{name}{title}{at}{channel}"))
                .isEmpty();
        assertThat(MessageTemplate.problems(MessageKind.OFFICER_NEEDS_HELP, filler + "b{name}{title}{at}{channel}"))
                .containsExactly("takes up to 307 characters with its placeholders at their longest ({name} 80,"
                        + " {title} 60, {at} 60, {channel} 5), more than the 306 of two joined SMS");
        assertThat(MessageTemplate.problems(MessageKind.OFFICER_NEEDS_HELP, "c".repeat(307)))
                .containsExactly("must be at most 306 characters, was 307");
    }

    @Test
    void a_digest_template_must_use_its_list_once_and_splits_around_it() {
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_SILENT_TO_OFFICER, "{title}: {minutes} min"))
                .containsExactly("must use the placeholder {persons}");
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_SILENT_TO_OFFICER, "{title} {persons} {persons}"))
                .containsExactly("must use the list {persons} only once");
        assertThat(MessageTemplate.problems(MessageKind.ROLL_CALL_SILENT_TO_OFFICER, "{title} {zone}: {persons}"))
                .containsExactly("names the unknown placeholder {zone}; ROLL_CALL_SILENT_TO_OFFICER knows {count},"
                        + " {minutes}, {persons}, {title}");
        MessageTemplate t = new MessageTemplate(MessageKind.ROLL_CALL_SILENT_TO_WARDEN, Language.EN,
                "{title} ({count}) in {zone}: {persons}. Call {count}!");
        MessageTemplate.DigestWording w = t.digest(Map.of("title", "Canción {persons}", "count", "3",
                "zone", "BGF-1"));
        assertThat(w.head()).isEqualTo("Cancion (persons) (3) in BGF-1: ");
        assertThat(w.tail()).isEqualTo(". Call 3!");
        assertThatThrownBy(() -> ShippedTemplates.of(MessageKind.ROLL_CALL_REQUEST, Language.EN).digest(Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_shipped_digest_to_a_warden_reads_naturally_in_each_language() {
        Map<String, String> values = Map.of("title", "Sismo", "zone", "BGF-1", "minutes", "15", "count", "2");
        MessageTemplate.DigestWording fr = ShippedTemplates.of(MessageKind.ROLL_CALL_SILENT_TO_WARDEN, Language.FR)
                .digest(values);
        assertThat(fr.head() + "Ana (+236 1), Ben (+236 2)" + fr.tail()).isEqualTo("Vigil, appel nominal \"Sismo\","
                + " zone BGF-1 : sans réponse après 15 minutes (2) : Ana (+236 1), Ben (+236 2). Merci de les"
                + " joindre.");
        MessageTemplate.DigestWording es = ShippedTemplates.of(MessageKind.ROLL_CALL_SILENT_TO_WARDEN, Language.ES)
                .digest(values);
        assertThat(es.head()).isEqualTo("Vigil, pase de lista \"Sismo\", zona BGF-1: sin respuesta tras 15 minutos"
                + " (2): ");
        assertThat(es.tail()).isEqualTo(". Compruebe como estan, por favor.");
    }

    @Test
    void an_offices_own_template_replaces_the_shipped_one_and_its_default_serves_who_prefers_none() {
        MessageTemplate own = new MessageTemplate(MessageKind.ROLL_CALL_REQUEST, Language.FR, "Appel : {title}");
        MessageSettings s = MessageSettings.standard(OfficeId.of("CF-BGF")).withDefault(Language.FR).with(own);
        assertThat(s.templateFor(MessageKind.ROLL_CALL_REQUEST, java.util.Optional.empty())).isEqualTo(own);
        assertThat(s.templateFor(MessageKind.ROLL_CALL_REQUEST, java.util.Optional.of(Language.ES)))
                .isEqualTo(ShippedTemplates.of(MessageKind.ROLL_CALL_REQUEST, Language.ES));
        assertThat(s.without(MessageKind.ROLL_CALL_REQUEST, Language.FR).templates()).isEmpty();
        assertThatThrownBy(() -> new MessageSettings(OfficeId.of("CF-BGF"), 0, Language.EN, List.of(own, own)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not repeat");
    }
}
