package io.vigil.rest.travel;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every travel route over HTTP: success, bad input (400 naming each field), denials (403), conflicts. */
class TravelApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/travel";
    private static final String CLEARANCES = BASE + "/clearances";

    private static Map<String, Object> place(String name, double lat, double lon) {
        return Map.of("name", name, "point", Map.of("latitude", lat, "longitude", lon));
    }

    private String trip(String traveller, Instant departure, Instant arrival) {
        Map<String, Object> leg = new HashMap<>();
        leg.put("mode", "AIR");
        leg.put("from", place("Mexico City", 19.43, -99.13));
        leg.put("to", place("Oaxaca", 17.0, -96.72));
        leg.put("departure", departure.toString());
        leg.put("arrival", arrival.toString());
        leg.put("operator", "AMX");
        leg.put("flight", "AM 1322");
        return ApiClient.json(Map.of("travellers", List.of(traveller), "purpose", "Survey supervision",
                "criticality", "PC2", "legs", List.of(leg)));
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private Instant in(int days) {
        return fixture.clock.instant().plus(Duration.ofDays(days));
    }

    private JsonNode submitted(String token) {
        Reply r = api.post(token, CLEARANCES, trip(fixture.staffPerson.toString(), in(20), in(20).plusSeconds(4000)));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.header("Location")).startsWith(CLEARANCES + "/");
        return r.json();
    }

    @Test
    void a_traveller_submits_and_reads_their_own_clearance_with_every_check_in_order() {
        JsonNode c = submitted(STAFF);
        assertThat(c.path("status").asText()).isEqualTo("PENDING");
        List<String> kinds = new ArrayList<>();
        c.path("decision").path("checks").forEach(k -> kinds.add(k.path("kind").asText()));
        assertThat(kinds).containsExactly("TRAINING", "AREA_RULES", "RISK", "AIR", "LEAD_TIME");
        assertThat(c.path("decision").path("checks").get(2).path("reasons").get(0).asText())
                .startsWith("no approved assessment covers");
        String self = CLEARANCES + "/" + c.path("id").asText();
        assertThat(api.get(STAFF, self).status()).isEqualTo(200);
        assertThat(api.get(OTHER_OFFICE, self).status()).isEqualTo(404);
        assertThat(api.get(MANAGER, self).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, CLEARANCES).status()).as("managers see counts only").isEqualTo(403);
        Reply counts = api.get(MANAGER, CLEARANCES + "/counts?from=" + in(-1) + "&to=" + in(1));
        assertThat(counts.status()).as(counts.raw().body()).isEqualTo(200);
        assertThat(counts.json().path("byStatus").path("PENDING").asInt()).isPositive();
        assertThat(api.get(MANAGER, CLEARANCES + "/counts?to=" + in(1)).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("from");
        assertThat(api.get(STAFF, CLEARANCES).json().path("items").size()).isPositive();
        assertThat(api.get(ASSOCIATE, CLEARANCES).json().path("total").asLong()).isPositive();
    }

    @Test
    void bad_input_is_a_400_naming_every_field_and_nothing_is_stored() {
        long before = api.get(OFFICER, CLEARANCES).json().path("total").asLong();
        Map<String, Object> leg = new HashMap<>();
        leg.put("mode", "ROAD");
        leg.put("from", place("", 19.43, -99.13));
        leg.put("to", place("Oaxaca", 17.0, -96.72));
        leg.put("departure", in(3).toString());
        leg.put("arrival", in(2).toString());
        leg.put("flight", "AM 1");
        Reply r = api.post(OFFICER, CLEARANCES, ApiClient.json(Map.of("travellers", List.of(), "purpose", "",
                "legs", List.of(leg))));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).contains("travellers", "purpose", "criticality", "legs[0].from.name");
        Reply domain = api.post(OFFICER, CLEARANCES, ApiClient.json(Map.of("travellers",
                List.of(fixture.staffPerson.toString()), "purpose", "x", "criticality", "PC2", "legs", List.of(leg))));
        assertThat(domain.status()).as(domain.raw().body()).isEqualTo(400);
        assertThat(fields(domain)).contains("legs[0].from.name");
        leg.put("from", place("Mexico City", 19.43, -99.13));
        Reply order = api.post(OFFICER, CLEARANCES, ApiClient.json(Map.of("travellers",
                List.of(fixture.staffPerson.toString()), "purpose", "x", "criticality", "PC2", "legs", List.of(leg))));
        assertThat(fields(order)).containsExactlyInAnyOrder("legs[0].arrival", "legs[0].flight");
        Reply nobody = api.post(OFFICER, CLEARANCES, trip("8b0d7a52-0c4e-4d43-9d3e-3c0f6d4f1b11", in(5),
                in(5).plusSeconds(600)));
        assertThat(fields(nobody)).containsExactly("travellers[0]");
        Reply unknown = api.post(OFFICER, CLEARANCES, trip(fixture.staffPerson.toString(), in(5), in(6))
                .replace("PC2", "PC9"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw().body()).doesNotContain("io.vigil");
        assertThat(api.get(OFFICER, CLEARANCES).json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void staff_cannot_submit_for_someone_else_nor_decide_and_the_officer_decides_with_a_reason() {
        Reply other = api.post(STAFF, CLEARANCES, trip("8b0d7a52-0c4e-4d43-9d3e-3c0f6d4f1b11", in(5), in(6)));
        assertThat(other.status()).isEqualTo(403);
        JsonNode c = submitted(OFFICER);
        String decision = CLEARANCES + "/" + c.path("id").asText() + "/decision";
        String etag = "\"" + c.path("version").asLong() + "\"";
        String approve = ApiClient.json(Map.of("action", "APPROVED", "reason", "Oaxaca SRA in draft; road checked"));
        assertThat(api.send(STAFF, "POST", decision, approve, "application/json", etag).status()).isEqualTo(403);
        assertThat(api.send(ASSOCIATE, "POST", decision, approve, "application/json", etag).status()).isEqualTo(403);
        assertThat(api.send(OFFICER, "POST", decision, approve, "application/json", null).status()).isEqualTo(428);
        assertThat(api.send(OFFICER, "POST", decision, approve, "application/json", "\"99\"").status())
                .isEqualTo(412);
        Reply blank = api.send(OFFICER, "POST", decision, ApiClient.json(Map.of("action", "APPROVED", "reason", "")),
                "application/json", etag);
        assertThat(fields(blank)).containsExactly("reason");
        Reply done = api.send(OFFICER, "POST", decision, approve, "application/json", etag);
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(done.json().path("manual").get(0).path("by").asText()).isEqualTo("officer");
        Reply again = api.send(OFFICER, "POST", decision, approve, "application/json", done.etag());
        assertThat(again.status()).as("approved already").isEqualTo(409);
    }

    @Test
    void air_operators_waivers_and_settings_are_kept_by_security_staff() {
        String operator = ApiClient.json(Map.of("code", "VIV", "name", "Viva Aerobus", "barred", false, "reason",
                "assessed", "assessedAt", in(-10).toString(), "validUntil", in(300).toString()));
        assertThat(api.post(STAFF, BASE + "/air-operators", operator).status()).isEqualTo(403);
        Reply created = api.post(ASSOCIATE, BASE + "/air-operators", operator);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(api.get(STAFF, created.header("Location")).status()).isEqualTo(200);
        assertThat(fields(api.post(ASSOCIATE, BASE + "/air-operators", operator))).containsExactly("code");
        Reply badOperator = api.post(ASSOCIATE, BASE + "/air-operators", ApiClient.json(Map.of("code", "",
                "barred", true, "assessedAt", in(0).toString(), "validUntil", in(-1).toString())));
        assertThat(fields(badOperator)).contains("code", "name", "reason");
        String waiver = ApiClient.json(Map.of("traveller", fixture.staffPerson.toString(), "course", "BSAFE",
                "approver", "Country Representative", "reason", "course in April", "validUntil", in(60).toString()));
        assertThat(api.post(ASSOCIATE, BASE + "/waivers", waiver).status()).as("the officer alone waives")
                .isEqualTo(403);
        Reply w = api.post(OFFICER, BASE + "/waivers", waiver);
        assertThat(w.status()).as(w.raw().body()).isEqualTo(201);
        assertThat(api.get(STAFF, w.header("Location")).status()).isEqualTo(200);
        assertThat(fields(api.post(OFFICER, BASE + "/waivers", ApiClient.json(Map.of("course", "BSAFE")))))
                .contains("traveller", "approver", "reason", "validUntil");
        Reply policy = api.get(STAFF, BASE + "/policy");
        assertThat(policy.json().path("maxOnFlight").asInt()).isEqualTo(30);
        assertThat(policy.json().path("leadDays").asInt()).isEqualTo(7);
        Reply zone = api.put(OFFICER, BASE + "/policy", ApiClient.json(Map.of("timeZone", "Mars/Olympus",
                "maxOnFlight", 0, "leadDays", 7)), policy.etag());
        assertThat(fields(zone)).contains("maxOnFlight");
        Reply badZone = api.put(OFFICER, BASE + "/policy", ApiClient.json(Map.of("timeZone", "Mars/Olympus",
                "maxOnFlight", 20, "leadDays", 7)), policy.etag());
        assertThat(fields(badZone)).containsExactly("timeZone");
        Reply set = api.put(OFFICER, BASE + "/policy", ApiClient.json(Map.of("timeZone", "America/Mexico_City",
                "maxOnFlight", 20, "leadDays", 10)), policy.etag());
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().path("timeZone").asText()).isEqualTo("America/Mexico_City");
    }

    @Test
    void the_reports_and_the_redecision_are_for_security_staff() {
        submitted(OFFICER);
        Reply fairness = api.get(OFFICER, BASE + "/reports/fairness?from=" + in(-1) + "&to=" + in(1));
        assertThat(fairness.status()).as(fairness.raw().body()).isEqualTo(200);
        assertThat(fairness.json().path("clearances").asInt()).isPositive();
        assertThat(api.get(MANAGER, BASE + "/reports/fairness?from=" + in(-1) + "&to=" + in(1)).status())
                .isEqualTo(403);
        assertThat(fields(api.get(OFFICER, BASE + "/reports/fairness?from=" + in(-1)))).containsExactly("to");
        assertThat(fields(api.get(OFFICER, BASE + "/reports/fairness?from=" + in(-400) + "&to=" + in(1))))
                .containsExactly("to");
        assertThat(api.get(ASSOCIATE, BASE + "/reports/training").status()).isEqualTo(200);
        assertThat(api.get(STAFF, BASE + "/reports/training").status()).isEqualTo(403);
        Reply redecide = api.post(OFFICER, BASE + "/redecide", "");
        assertThat(redecide.status()).as(redecide.raw().body()).isEqualTo(200);
        assertThat(redecide.json().path("checked").asInt()).isPositive();
        assertThat(api.post(STAFF, BASE + "/redecide", "").status()).isEqualTo(403);
        assertThat(api.get(OFFICER, "/api/v1/awareness/compliance").header("Link"))
                .contains(BASE + "/reports/training");
    }
}
