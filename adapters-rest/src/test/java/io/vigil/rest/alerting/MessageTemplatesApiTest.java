package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Message templates over REST: read, replaced, refused with every problem named, reset, and denied. */
class MessageTemplatesApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/alerting/message-templates";
    private static final String ROLL_CALL_FR = BASE + "/ROLL_CALL_REQUEST/fr";

    private static List<String> messages(Reply r) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json().path("errors")) {
            out.add(e.path("field").asText() + ": " + e.path("message").asText());
        }
        return out;
    }

    @Test
    void an_office_reads_the_shipped_templates_replaces_one_and_goes_back_to_the_shipped_one() {
        Reply all = api.get(ASSOCIATE, BASE);
        assertThat(all.status()).as(all.raw().body()).isEqualTo(200);
        assertThat(all.json().path("defaultLanguage").asText()).isEqualTo("en");
        assertThat(all.json().path("templates")).as("every kind in en, es and fr")
                .hasSize(MessageKind.values().length * 3);
        long version = all.json().path("version").asLong();

        Reply one = api.get(OFFICER, ROLL_CALL_FR);
        assertThat(one.json().path("text").asText()).isEqualTo("Vigil, appel nominal : {title}. Tout va bien ?"
                + " Répondez 1 si tout va bien, 2 si vous avez besoin d'aide.");
        assertThat(one.json().path("own").asBoolean()).isFalse();
        assertThat(one.json().path("placeholders").path("title").asInt()).isEqualTo(60);
        assertThat(one.json().path("required").get(0).asText()).isEqualTo("title");
        assertThat(one.json().path("bound").asInt()).isEqualTo(160);

        Reply put = api.put(OFFICER, ROLL_CALL_FR, "{\"text\":\"Bangui, appel : {title}. 1 = tout va bien, 2 = aide\"}",
                "\"" + version + "\"");
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(put.json().path("own").asBoolean()).isTrue();
        assertThat(put.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(put.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");

        Reply stale = api.put(OFFICER, ROLL_CALL_FR, "{\"text\":\"Appel : {title}\"}", "\"" + version + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        Reply reset = api.delete(OFFICER, ROLL_CALL_FR, "\"" + (version + 1) + "\"");
        assertThat(reset.status()).as(reset.raw().body()).isEqualTo(200);
        assertThat(reset.json().path("own").asBoolean()).isFalse();
        assertThat(reset.json().path("text").asText()).startsWith("Vigil, appel nominal : {title}.");

        Reply french = api.put(OFFICER, "/api/v1/alerting/message-settings", "{\"defaultLanguage\":\"fr\"}",
                "\"" + (version + 2) + "\"");
        assertThat(french.status()).as(french.raw().body()).isEqualTo(200);
        assertThat(french.json().path("defaultLanguage").asText()).isEqualTo("fr");
    }

    @Test
    void a_bad_template_is_refused_naming_every_problem_and_changes_nothing() {
        long version = api.get(OFFICER, BASE).json().path("version").asLong();
        Reply bad = api.put(OFFICER, BASE + "/COMMUNICATION_TEST_REQUEST/es",
                "{\"text\":\"Prueba {nombre}: ¿está a salvo?\"}", "\"" + version + "\"");
        assertThat(bad.status()).as(bad.raw().body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(messages(bad)).containsExactly(
                "text: must be written in the GSM alphabet of SMS, but has 'á'",
                "text: names the unknown placeholder {nombre}; COMMUNICATION_TEST_REQUEST knows {name}, {title}",
                "text: must use the placeholder {title}");
        Reply after = api.get(OFFICER, BASE);
        assertThat(after.json().path("version").asLong()).isEqualTo(version);

        Reply missing = api.put(OFFICER, BASE + "/REPLY_SAFE/en", "{}", "\"" + version + "\"");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(messages(missing)).anyMatch(m -> m.startsWith("text: "));
        Reply tooLong = api.put(OFFICER, BASE + "/REPLY_SAFE/en", "{\"text\":\"" + "a".repeat(161) + "\"}",
                "\"" + version + "\"");
        assertThat(tooLong.status()).isEqualTo(400);
        Reply german = api.put(OFFICER, "/api/v1/alerting/message-settings", "{\"defaultLanguage\":\"de\"}",
                "\"" + version + "\"");
        assertThat(german.status()).as(german.raw().body()).isEqualTo(400);
        assertThat(german.contentType()).startsWith("application/problem+json");
        assertThat(german.raw().body()).contains("defaultLanguage").doesNotContain("io.vigil");

        Reply noKind = api.get(OFFICER, BASE + "/BIRTHDAY_GREETING/en");
        assertThat(noKind.status()).isEqualTo(404);
        assertThat(noKind.contentType()).startsWith("application/problem+json");
        assertThat(api.get(OFFICER, BASE + "/ROLL_CALL_REQUEST/de").status()).isEqualTo(404);
        assertThat(api.put(OFFICER, ROLL_CALL_FR, "{\"text\":\"Appel : {title}\"}", null).status())
                .as("without If-Match").isBetween(400, 428);
    }

    @Test
    void staff_and_managers_may_not_read_or_change_templates_and_another_office_changes_only_its_own() {
        String body = "{\"text\":\"Appel : {title}\"}";
        String before = api.get(OFFICER, ROLL_CALL_FR).json().path("text").asText();
        assertThat(api.get(STAFF, BASE).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, BASE).status()).isEqualTo(403);
        assertThat(api.put(STAFF, ROLL_CALL_FR, body, "\"0\"").status()).isEqualTo(403);
        assertThat(api.put(MANAGER, ROLL_CALL_FR, body, "\"0\"").status()).isEqualTo(403);
        Reply elsewhere = api.put(OTHER_OFFICE, ROLL_CALL_FR, body, "\"0\"");
        assertThat(elsewhere.status()).as("an officer of GT-GUA sets GT-GUA's own: " + elsewhere.raw().body())
                .isEqualTo(200);
        assertThat(api.get(OFFICER, ROLL_CALL_FR).json().path("text").asText())
                .as("another office's change never reaches this one").isEqualTo(before);
    }

    @Test
    void a_notice_template_edited_over_rest_words_the_next_notice_and_a_bad_one_is_refused_naming_every_problem() {
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        fixture.vigil.people().offices().set(officer, ApiFixture.OFFICE, 0, new OfficeDetails("Mexico",
                "America/Mexico_City", "MX"));
        String duty = "+52 55 9999 0000";
        fixture.vigil.alerting().onCall().schedule(officer, new ShiftDetails("Duty", "security officer", duty,
                fixture.clock.instant().minus(Duration.ofHours(1)), fixture.clock.instant().plus(Duration.ofHours(8))));
        String path = BASE + "/OFFICER_NEEDS_HELP/en";
        Reply one = api.get(OFFICER, path);
        assertThat(one.status()).as(one.raw().body()).isEqualTo(200);
        assertThat(one.json().path("text").asText()).isEqualTo("Vigil: {name} answered NEEDS HELP to \"{title}\" at"
                + " {at} by {channel}.");
        assertThat(one.json().path("placeholders").path("name").asInt()).isEqualTo(80);
        assertThat(one.json().path("placeholders").path("at").asInt()).isEqualTo(60);
        assertThat(one.json().path("bound").asInt()).isEqualTo(306);
        long version = one.json().path("version").asLong();

        Reply bad = api.put(OFFICER, path, "{\"text\":\"HELP {who} at {at}\"}", "\"" + version + "\"");
        assertThat(bad.status()).as(bad.raw().body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(messages(bad)).containsExactly(
                "text: names the unknown placeholder {who}; OFFICER_NEEDS_HELP knows {at}, {channel}, {name}, {title}",
                "text: must use the placeholder {name}",
                "text: must use the placeholder {title}");
        Reply tooLong = api.put(OFFICER, BASE + "/CALL_IN_OVERDUE/es", "{\"text\":\"" + "a".repeat(190)
                + " {title} {due} {persons}\"}", "\"" + version + "\"");
        assertThat(tooLong.status()).as(tooLong.raw().body()).isEqualTo(400);
        assertThat(messages(tooLong)).containsExactly("text: takes up to 313 characters with its placeholders at"
                + " their longest ({title} 60, {due} 60, {persons} 0), more than the 306 of two joined SMS");
        assertThat(api.get(OFFICER, BASE).json().path("version").asLong()).as("nothing changed").isEqualTo(version);

        // the officer's duty phone gets the office's default language (another test of this class may have set it)
        String language = api.get(OFFICER, BASE).json().path("defaultLanguage").asText();
        Reply put = api.put(OFFICER, BASE + "/OFFICER_NEEDS_HELP/" + language, "{\"text\":\"SOS {name} / {title} / {at} / {channel}\"}",
                "\"" + version + "\"");
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        Reply started = api.post(SOC, "/api/v1/communication-tests", ApiClient.json(Map.of("title", "Drill",
                "channels", List.of("SMS"), "openMinutes", 120, "targetPercent", 90, "targetMinutes", 60)));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String me = fixture.staffPerson.toString();
        Reply help = api.post(STAFF, started.header("Location") + "/check-ins", ApiClient.json(Map.of("person", me,
                "answer", "NEEDS_HELP", "channel", "APP")));
        assertThat(help.status()).as(help.raw().body()).isEqualTo(200);
        assertThat(fixture.vigil.gateway().sentTo(ApiFixture.OFFICE, duty)).extracting(OutboundMessage::text)
                .containsExactly("SOS person " + me + " / Drill / 2026-03-01 06:00 CST (America/Mexico_City) / APP");
    }
}
