package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommunicationTestApiTest extends ApiTestBase {

    private static String test(String title, List<String> channels, Integer targetPercent) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("channels", channels);
        body.put("openMinutes", 120);
        body.put("targetPercent", targetPercent);
        body.put("targetMinutes", 60);
        return ApiClient.json(body);
    }

    private static String answer(String person, String answer, String channel) {
        return ApiClient.json(Map.of("person", person, "answer", answer, "channel", channel));
    }

    @Test
    void a_test_is_started_answered_and_scored() {
        api.post(OFFICER, "/api/v1/persons", ApiFixture.person("Ana", "Ruiz", "NATIONAL_STAFF"));
        Reply started = api.post(SOC, "/api/v1/communication-tests", test("Monthly test", List.of("SMS"), 90));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        assertThat(started.json().path("audienceSize").asInt()).isEqualTo(2);
        assertThat(started.json().path("unreachable")).hasSize(1);
        assertThat(fixture.vigil.gateway().sent(ApiFixture.OFFICE)).hasSize(1);
        String location = started.header("Location");
        assertThat(api.post(SOC, location + "/resend", null).json().path("sent").asInt()).isZero();

        String me = fixture.staffPerson.toString();
        Reply mine = api.post(STAFF, location + "/check-ins", answer(me, "NEEDS_HELP", "APP"));
        assertThat(mine.status()).as(mine.raw().body()).isEqualTo(200);
        Reply again = api.post(STAFF, location + "/check-ins", answer(me, "SAFE", "SMS"));
        assertThat(again.json().path("answer").asText()).as("safe after needs help is recorded").isEqualTo("SAFE");
        assertThat(again.json().path("recorded").asBoolean()).isTrue();
        assertThat(again.json().path("outcome").asText()).startsWith("recorded: SAFE after NEEDS_HELP");
        Reply repeat = api.post(STAFF, location + "/check-ins", answer(me, "SAFE", "APP"));
        assertThat(repeat.json().path("recorded").asBoolean()).isFalse();
        assertThat(repeat.json().path("answer").asText()).isEqualTo("SAFE");
        assertThat(repeat.json().path("outcome").asText()).startsWith("not recorded again: SAFE");
        assertThat(api.get(MANAGER, location).json().path("score").path("verdict").asText())
                .startsWith("in progress");
        fixture.clock.advance(java.time.Duration.ofMinutes(61));
        Reply score = api.get(MANAGER, location);
        assertThat(score.json().path("score").path("inProgress").asBoolean()).isFalse();
        assertThat(score.json().path("score").path("answered").asInt()).isEqualTo(1);
        assertThat(score.json().path("score").path("needsHelp").get(0).asText()).isEqualTo(me);
        assertThat(score.json().path("score").path("verdict").asText()).startsWith("target missed");
        assertThat(api.get(MANAGER, "/api/v1/communication-tests").raw().body()).contains("Monthly test");
        Reply trend = api.get(MANAGER, "/api/v1/communication-tests/trend");
        assertThat(trend.status()).as(trend.raw().body()).isEqualTo(200);
        assertThat(trend.json().path("direction").asText()).isEqualTo("TOO_FEW");
        assertThat(trend.json().path("points").toString()).contains("Monthly test");
        assertThat(api.get(MANAGER, "/api/v1/communication-tests/trend?from=2026-03-02T00:00:00Z"
                + "&to=2026-03-01T00:00:00Z").json().path("errors").get(0).path("field").asText()).isEqualTo("to");
    }

    @Test
    void bad_input_and_denials() {
        assertThat(api.post(STAFF, "/api/v1/communication-tests", test("Mine", List.of("SMS"), 90)).status())
                .isEqualTo(403);
        Reply badTarget = api.post(SOC, "/api/v1/communication-tests", test("Bad", List.of("SMS"), 150));
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.json().path("errors").get(0).path("field").asText()).isEqualTo("targetPercent");
        Reply noChannel = api.post(SOC, "/api/v1/communication-tests", test("Bad", List.of(), 90));
        assertThat(noChannel.json().path("errors").get(0).path("field").asText()).isEqualTo("channels");
        Reply started = api.post(SOC, "/api/v1/communication-tests", test("Second", List.of("EMAIL"), 90));
        String other = UUID.randomUUID().toString();
        Reply notAsked = api.post(SOC, started.header("Location") + "/check-ins", answer(other, "SAFE", "SMS"));
        assertThat(notAsked.status()).isEqualTo(400);
        Reply forSomeoneElse = api.post(STAFF, started.header("Location") + "/check-ins",
                answer(other, "SAFE", "SMS"));
        assertThat(forSomeoneElse.status()).isEqualTo(403);
        assertThat(api.get(STAFF, started.header("Location")).status()).isEqualTo(403);
    }
}
