package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(all.json().path("templates")).as("6 reply kinds and 6 field kinds, in en, es and fr").hasSize(36);
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
}
