package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertingApiTest extends ApiTestBase {

    private static String shift(String responder, String from, String to) {
        return ApiClient.json(Map.of("responder", responder, "function", "Duty officer", "phone", "+52 55 1234 5678",
                "from", from, "to", to));
    }

    private static String request(String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", at);
        body.put("caller", "Raúl Soto");
        body.put("callbackNumber", "+52 55 2222 3333");
        body.put("situation", "Car window smashed at a traffic light on Periférico; driver unhurt");
        body.put("location", Map.of("latitude", 19.36, "longitude", -99.19));
        return ApiClient.json(body);
    }

    @Test
    void everyone_sees_who_is_on_call_and_the_gaps_are_named() {
        assertThat(api.post(ASSOCIATE, "/api/v1/on-call/shifts", shift("Ana", "2026-03-01T00:00:00Z",
                "2026-03-01T12:00:00Z")).status()).isEqualTo(201);
        assertThat(api.post(SOC, "/api/v1/on-call/shifts", shift("Luis", "2026-03-01T14:00:00Z",
                "2026-03-02T00:00:00Z")).status()).isEqualTo(201);
        Reply now = api.get(STAFF, "/api/v1/on-call/now?at=2026-03-01T11:00:00Z");
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().path("items").get(0).path("responder").asText()).isEqualTo("Ana");
        Reply coverage = api.get(MANAGER,
                "/api/v1/on-call/coverage?from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z");
        assertThat(coverage.json().path("warnings").toString())
                .contains("nobody is on call from 2026-03-01T12:00:00Z to 2026-03-01T14:00:00Z");
        assertThat(api.post(STAFF, "/api/v1/on-call/shifts", shift("Me", "2026-03-03T00:00:00Z",
                "2026-03-03T12:00:00Z")).status()).isEqualTo(403);
        Reply backwards = api.post(ASSOCIATE, "/api/v1/on-call/shifts", shift("X", "2026-03-03T12:00:00Z",
                "2026-03-03T00:00:00Z"));
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("to");
        assertThat(api.get(MANAGER, "/api/v1/on-call/coverage?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z")
                .status()).isEqualTo(400);
    }

    @Test
    void a_request_is_taken_by_whoever_was_on_call_answered_and_closed() {
        api.post(ASSOCIATE, "/api/v1/on-call/shifts", shift("Marta", "2026-02-28T00:00:00Z", "2026-02-28T23:00:00Z"));
        Reply logged = api.post(SOC, "/api/v1/emergency-requests", request("2026-02-28T20:15:00Z"));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
        assertThat(logged.json().path("takenBy").asText()).isEqualTo("Marta");
        String location = logged.header("Location");
        Reply responded = api.send(SOC, "POST", location + "/responses",
                "{\"action\":\"Called back; sent the duty driver\"}", "application/json", logged.etag());
        assertThat(responded.status()).as(responded.raw().body()).isEqualTo(200);
        Reply closed = api.send(SOC, "POST", location + "/close", "{\"action\":\"Driver home safe\"}",
                "application/json", responded.etag());
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().path("responses")).hasSize(2);
        Reply late = api.send(SOC, "POST", location + "/responses", "{\"action\":\"more\"}", "application/json",
                closed.etag());
        assertThat(late.status()).as("a refusal, as for an assessment approved twice").isEqualTo(409);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
        assertThat(late.json().path("reasons").get(0).asText()).contains("takes no more responses");
        assertThat(late.json().path("detail").asText()).contains("takes no more responses");
        assertThat(api.get(SOC, "/api/v1/emergency-requests?open=true").json().path("items")).isEmpty();
        assertThat(api.get(SOC, "/api/v1/emergency-requests").json().path("total").asLong()).isEqualTo(1);
        assertThat(api.get(MANAGER, location).status()).as("the log is need-to-know").isEqualTo(403);
        assertThat(api.get(STAFF, "/api/v1/emergency-requests").status()).isEqualTo(403);
        assertThat(api.get(SOC, "/api/v1/emergency-requests?open=maybe").status()).isEqualTo(400);
        Reply future = api.post(SOC, "/api/v1/emergency-requests", request("2026-03-05T00:00:00Z"));
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("receivedAt");
        assertThat(api.send(SOC, "POST", location + "/close", "{\"action\":\" \"}", "application/json",
                closed.etag()).status()).isEqualTo(400);
    }

    @Test
    void a_shift_is_read_replaced_and_deleted_with_etags() {
        Reply created = api.post(ASSOCIATE, "/api/v1/on-call/shifts", shift("Sofía", "2026-04-01T00:00:00Z",
                "2026-04-01T12:00:00Z"));
        String location = created.header("Location");
        assertThat(created.json().path("warnings").size()).as("uncovered the day before and after").isEqualTo(2);
        assertThat(created.json().path("warnings").get(0).asText())
                .isEqualTo("nobody is on call from 2026-03-31T00:00:00Z to 2026-04-01T00:00:00Z (24 h)");
        assertThat(api.get(STAFF, location).json().path("responder").asText()).isEqualTo("Sofía");
        Reply swapped = api.put(ASSOCIATE, location, shift("Tomás", "2026-04-01T00:00:00Z", "2026-04-01T12:00:00Z"),
                created.etag());
        assertThat(swapped.json().path("responder").asText()).isEqualTo("Tomás");
        assertThat(api.delete(STAFF, location, swapped.etag()).status()).isEqualTo(403);
        Reply deleted = api.delete(ASSOCIATE, location, swapped.etag());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("warnings").get(0).asText())
                .isEqualTo("nobody is on call from 2026-03-31T00:00:00Z to 2026-04-02T12:00:00Z (60 h)");
    }
}
