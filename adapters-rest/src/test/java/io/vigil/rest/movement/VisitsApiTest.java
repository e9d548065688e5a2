package io.vigil.rest.movement;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.WARDEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import io.vigil.risk.domain.VenueKind;
import io.vigil.risk.port.in.VenueDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every visit route over HTTP, and the approval of movement plans: success, bad input (400), denials, conflicts. */
class VisitsApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/movement";
    private static final String VISITS = BASE + "/visits";
    private static final String JSON = "application/json";

    private String member;
    private String ministry;
    private String hotel;

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil");
    }

    private String venue(String name, double lat, double lon) {
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        return fixture.risk.venues().create(officer, new VenueDetails(name, VenueKind.EVENT_SITE, "Mexico City",
                GeoPoint.of(lat, lon), 4, List.of("guarded"), true, Instant.parse("2026-01-05T12:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"))).id().toString();
    }

    private String visit(boolean withVenues) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Visit of the Executive Director");
        body.put("kind", "SENIOR_OFFICIAL_VISIT");
        body.put("principal", "Executive Director");
        body.put("members", List.of(member));
        body.put("starts", "2026-03-10T06:00:00Z");
        body.put("ends", "2026-03-13T06:00:00Z");
        Map<String, Object> first = new HashMap<>(Map.of("title", "Meeting with the Minister", "place",
                "Avenida Juárez 20", "from", "2026-03-10T16:00:00Z", "to", "2026-03-10T18:00:00Z"));
        Map<String, Object> second = new HashMap<>(Map.of("title", "Donor round table", "place", "Polanco",
                "from", "2026-03-11T15:00:00Z", "to", "2026-03-11T19:00:00Z"));
        if (withVenues) {
            first.put("venue", ministry);
            second.put("venue", hotel);
        }
        body.put("programme", List.of(first, second));
        body.put("measures", List.of(Map.of("threat", "kidnapping", "measure", "armoured car")));
        return ApiClient.json(body);
    }

    private Reply created(boolean withVenues) {
        Reply r = api.post(ASSOCIATE, VISITS, visit(withVenues));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    @BeforeAll
    void venues() {
        member = fixture.staffPerson.toString();
        ministry = venue("Secretaría de Relaciones Exteriores", 19.4356, -99.1445);
        hotel = venue("Hotel in Polanco", 19.4320, -99.1940);
    }

    @Test
    void a_visit_is_created_assessed_supported_and_its_members_cleared_with_its_readiness() {
        Reply created = created(true);
        String location = created.header("Location");
        assertThat(created.json().path("programme")).hasSize(2);
        assertThat(created.json().path("advanceAssessment").isNull()).isTrue();

        String site = ApiClient.json(Map.of("primaryRoute", Map.of("description", "Reforma", "travelMinutes", 20),
                "hospital", Map.of("name", "Hospital Ángeles", "phone", "+52 55 5265 1800", "travelMinutes", 15),
                "safeRoom", "Briefing room"));
        Reply assessed = api.put(ASSOCIATE, location + "/advance-assessment", site, created.etag());
        assertThat(assessed.status()).as(assessed.raw().body()).isEqualTo(200);
        List<String> missing = new ArrayList<>();
        assessed.json().path("advanceAssessment").path("missing").forEach(m -> missing.add(m.asText()));
        assertThat(missing).containsExactly("the alternate route", "the nearest police", "the assembly point");

        Reply supported = api.send(ASSOCIATE, "POST", location + "/support-requests", ApiClient.json(Map.of(
                "provider", "HOST_GOVERNMENT", "what", "Motorcade escort")), JSON, assessed.etag());
        assertThat(supported.status()).as(supported.raw().body()).isEqualTo(201);
        String request = supported.json().path("supportRequests").get(0).path("id").asText();
        Reply answered = api.put(ASSOCIATE, location + "/support-requests/" + request,
                ApiClient.json(Map.of("status", "DECLINED")), supported.etag());
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        assertThat(answered.json().path("supportRequests").get(0).path("status").asText()).isEqualTo("DECLINED");
        problem(api.put(ASSOCIATE, location + "/support-requests/" + request,
                ApiClient.json(Map.of("status", "CONFIRMED")), answered.etag()), 409);

        Reply cleared = api.send(ASSOCIATE, "POST", location + "/clearances", ApiClient.json(Map.of("criticality",
                "PC3")), JSON, answered.etag());
        assertThat(cleared.status()).as(cleared.raw().body()).isEqualTo(200);
        String clearance = cleared.json().path("clearances").get(0).path("clearanceId").asText();
        assertThat(api.get(OFFICER, "/api/v1/travel/clearances/" + clearance).status()).isEqualTo(200);

        Reply readiness = api.get(OFFICER, location + "/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("ready").asBoolean()).isFalse();
        List<String> kinds = new ArrayList<>();
        readiness.json().path("blockers").forEach(b -> kinds.add(b.path("kind").asText()));
        assertThat(kinds).containsExactly("ADVANCE_ASSESSMENT", "ADVANCE_ASSESSMENT", "ADVANCE_ASSESSMENT", "SUPPORT");
        assertThat(readiness.json().path("notes").get(0).asText()).endsWith(": late");
        assertThat(api.get(STAFF, location + "/readiness").status()).as("the member's own").isEqualTo(200);

        JsonNode summary = api.get(MANAGER, BASE + "/visit-summaries").json().path("items").get(0);
        assertThat(summary.path("members").asInt()).isEqualTo(1);
        assertThat(summary.has("programme")).isFalse();
        assertThat(summary.path("blockers").get(1).path("kind").asText()).isEqualTo("ADVANCE_ASSESSMENT");
        assertThat(summary.path("blockers").get(1).path("count").asInt()).isEqualTo(3);
    }

    @Test
    void bad_input_names_every_field_and_changes_nothing() {
        Reply bad = api.post(ASSOCIATE, VISITS, ApiClient.json(Map.of("title", " ", "members", List.of(),
                "starts", "2026-03-10T06:00:00Z", "ends", "2026-03-13T06:00:00Z")));
        problem(bad, 400);
        assertThat(fields(bad)).contains("title", "kind", "members");
        problem(api.post(ASSOCIATE, VISITS, "{\"title\": "), 400);

        Reply created = created(false);
        String location = created.header("Location");
        Reply site = api.put(ASSOCIATE, location + "/advance-assessment", ApiClient.json(Map.of("primaryRoute",
                Map.of("description", "Reforma", "travelMinutes", 0))), created.etag());
        problem(site, 400);
        assertThat(fields(site)).containsExactly("primaryRoute.travelMinutes");
        problem(api.put(ASSOCIATE, location + "/advance-assessment", "{}", null), 428);
        Reply provider = api.send(ASSOCIATE, "POST", location + "/support-requests",
                ApiClient.json(Map.of("provider", "ARMY", "what", "Escort")), JSON, created.etag());
        problem(provider, 400);
        Reply future = api.send(ASSOCIATE, "POST", location + "/support-requests", ApiClient.json(Map.of(
                "provider", "PRIVATE_SECURITY", "what", "Guards", "requestedAt", "2030-01-01T00:00:00Z")), JSON,
                created.etag());
        problem(future, 400);
        assertThat(fields(future)).containsExactly("requestedAt");
        problem(api.put(ASSOCIATE, location + "/support-requests/not-an-id", ApiClient.json(Map.of("status",
                "CONFIRMED")), created.etag()), 404);
        problem(api.put(ASSOCIATE, location + "/support-requests/00000000-0000-0000-0000-000000000001",
                ApiClient.json(Map.of("status", "CONFIRMED")), created.etag()), 404);
        Reply criticality = api.send(ASSOCIATE, "POST", location + "/clearances", ApiClient.json(Map.of(
                "criticality", "PC9")), JSON, created.etag());
        problem(criticality, 400);
        assertThat(fields(criticality)).containsExactly("criticality");
        problem(api.send(ASSOCIATE, "POST", location + "/clearances", ApiClient.json(Map.of("criticality", "PC2")),
                JSON, created.etag()), 409);
        problem(api.put(ASSOCIATE, location, visit(false), "\"7\""), 412);
        problem(api.get(OFFICER, VISITS + "/not-an-id"), 404);
        Reply unchanged = api.get(OFFICER, location);
        assertThat(unchanged.etag()).isEqualTo(created.etag());
        assertThat(unchanged.json().path("supportRequests")).isEmpty();
    }

    @Test
    void only_security_staff_write_a_member_reads_their_own_and_managers_see_summaries_only() {
        problem(api.post(STAFF, VISITS, visit(true)), 403);
        problem(api.post(MANAGER, VISITS, visit(true)), 403);
        Reply created = created(true);
        String location = created.header("Location");
        assertThat(api.get(STAFF, location).status()).isEqualTo(200);
        problem(api.get(MANAGER, location), 403);
        problem(api.get(MANAGER, location + "/readiness"), 403);
        problem(api.get(WARDEN, location), 403);
        problem(api.get(OTHER_OFFICE, location), 404);
        problem(api.get(STAFF, VISITS), 403);
        problem(api.get(STAFF, BASE + "/visit-summaries"), 403);
        problem(api.put(STAFF, location + "/advance-assessment", "{}", created.etag()), 403);
        problem(api.send(STAFF, "POST", location + "/support-requests", ApiClient.json(Map.of("provider",
                "HOST_GOVERNMENT", "what", "Escort")), JSON, created.etag()), 403);
        problem(api.delete(STAFF, location, created.etag()), 403);
        assertThat(api.get(MANAGER, BASE + "/visit-summaries").status()).isEqualTo(200);
        assertThat(api.get(ASSOCIATE, VISITS).json().path("total").asInt()).isPositive();
        assertThat(api.delete(ASSOCIATE, location, created.etag()).status()).isEqualTo(204);
        problem(api.get(OFFICER, location), 404);
    }

    @Test
    void a_plan_shows_its_route_checks_and_approving_one_that_needs_none_is_refused() {
        String vehicle = api.post(ASSOCIATE, BASE + "/vehicles", ApiClient.json(Map.of("plate", "MEX-9",
                "description", "Land Cruiser", "radio", true, "insuredUntil", "2027-01-01", "inspectionDue",
                "2026-12-01", "equipment", List.of()))).json().path("id").asText();
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", "Trip to Toluca");
        plan.put("route", List.of(Map.of("latitude", 19.43, "longitude", -99.13), Map.of("latitude", 19.29,
                "longitude", -99.65)));
        plan.put("vehicles", List.of(vehicle));
        plan.put("departure", "2026-03-02T16:00:00Z");
        plan.put("arrival", "2026-03-02T20:00:00Z");
        plan.put("passengers", List.of(member));
        plan.put("callInEveryMinutes", 30);
        plan.put("callInGraceMinutes", 10);
        Reply created = api.post(ASSOCIATE, BASE + "/movements", ApiClient.json(plan));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        JsonNode check = created.json().path("routeCheck");
        assertThat(check.path("verdict").asText()).isEqualTo("PASSED");
        List<String> rules = new ArrayList<>();
        check.path("checks").forEach(c -> rules.add(c.path("rule").asText() + " " + c.path("outcome").asText()));
        assertThat(rules).containsExactly("FORBIDDEN PASSED", "CLEARANCE_NEEDED PASSED", "ESCORT_NEEDED PASSED",
                "DAYLIGHT_ONLY PASSED");
        assertThat(created.json().path("awaitingApproval").asBoolean()).isFalse();
        String location = created.header("Location");
        String reason = ApiClient.json(Map.of("reason", "escort arranged"));
        problem(api.send(ASSOCIATE, "POST", location + "/approve", reason, JSON, created.etag()), 403);
        problem(api.send(OFFICER, "POST", location + "/approve", "{}", JSON, created.etag()), 400);
        problem(api.send(OFFICER, "POST", location + "/approve", reason, JSON, null), 428);
        problem(api.send(OFFICER, "POST", location + "/approve", reason, JSON, created.etag()), 409);
    }
}
