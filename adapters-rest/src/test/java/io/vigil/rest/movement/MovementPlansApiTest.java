package io.vigil.rest.movement;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every movement route over HTTP: success, bad input (400 naming each field), denials, conflicts. */
class MovementPlansApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/movement";
    private static final String MOVEMENTS = BASE + "/movements";
    private static final String VEHICLES = BASE + "/vehicles";
    private static final String DRIVERS = BASE + "/drivers";
    private static final String ON_CALL_PHONE = "+52 55 3000 0001";

    private String lucia;
    private String lead;
    private String last;

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static String vehicle(String plate, boolean radio, String inspectionDue) {
        return ApiClient.json(Map.of("plate", plate, "description", "Land Cruiser", "radio", radio,
                "insuredUntil", "2027-01-01", "inspectionDue", inspectionDue, "equipment", List.of("first-aid kit")));
    }

    private String movement(List<String> vehicles, String departure, int every) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Field trip to Toluca");
        body.put("route", List.of(Map.of("latitude", 19.43, "longitude", -99.13),
                Map.of("latitude", 19.29, "longitude", -99.65)));
        body.put("vehicles", vehicles);
        body.put("departure", departure);
        body.put("arrival", Instant.parse(departure).plus(Duration.ofHours(6)).toString());
        body.put("passengers", List.of(lucia));
        body.put("callInEveryMinutes", every);
        body.put("callInGraceMinutes", 10);
        return ApiClient.json(body);
    }

    private JsonNode created(String token, String path, String body) {
        Reply r = api.post(token, path, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    @BeforeAll
    void fleet() {
        lucia = fixture.staffPerson.toString();
        lead = created(ASSOCIATE, VEHICLES, vehicle("MEX-1", true, "2026-12-01")).path("id").asText();
        last = created(ASSOCIATE, VEHICLES, vehicle("MEX-2", true, "2026-12-01")).path("id").asText();
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        fixture.alerting.onCall().schedule(officer, new ShiftDetails("Duty officer", "Security officer on call",
                ON_CALL_PHONE, fixture.clock.instant(), fixture.clock.instant().plus(Duration.ofDays(30))));
    }

    @Test
    void a_movement_is_planned_called_in_swept_and_arrives_with_its_log() {
        String departure = fixture.clock.instant().plus(Duration.ofMinutes(5)).toString();
        Reply created = api.post(ASSOCIATE, MOVEMENTS, movement(List.of(lead, last), departure, 30));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(created.json().path("status").asText()).isEqualTo("PLANNED");
        assertThat(api.get(STAFF, location).json().path("passengers").get(0).asText()).as("her own").isEqualTo(lucia);
        fixture.clock.advance(Duration.ofMinutes(50));
        assertThat(api.get(SOC, location).json().path("status").asText()).isEqualTo("OVERDUE");
        Reply swept = api.post(SOC, MOVEMENTS + "/escalations", "");
        assertThat(swept.status()).as(swept.raw().body()).isEqualTo(200);
        assertThat(swept.json().path("sent").asInt()).isEqualTo(1);
        assertThat(fixture.vigil.gateway().sentTo(ApiFixture.OFFICE, ON_CALL_PHONE)).anySatisfy(m ->
                assertThat(m.text()).contains("Field trip to Toluca").contains("Lucía Hernández"));
        assertThat(api.post(SOC, location + "/escalate", "").json().path("sent").asInt()).as("not twice").isZero();
        Reply called = api.post(SOC, location + "/call-ins", ApiClient.json(Map.of("by", "Driver on radio",
                "where", Map.of("latitude", 19.3, "longitude", -99.5))));
        assertThat(called.status()).as(called.raw().body()).isEqualTo(200);
        assertThat(called.json().path("status").asText()).isEqualTo("UNDER_WAY");
        JsonNode episode = called.json().path("episodes").get(0);
        assertThat(episode.path("officerAlertedAt").isNull()).isFalse();
        assertThat(episode.path("closedAt").asText()).isEqualTo(fixture.clock.instant().toString());
        Reply arrived = api.post(SOC, location + "/arrival", "{}");
        assertThat(arrived.json().path("status").asText()).isEqualTo("ARRIVED");
        Reply again = api.post(SOC, location + "/call-ins", ApiClient.json(Map.of("by", "Driver")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().toString()).contains("arrived");
        assertThat(api.put(ASSOCIATE, location, movement(List.of(lead, last), departure, 45), created.etag())
                .status()).as("stale").isEqualTo(412);
        Reply current = api.get(OFFICER, location);
        Reply changed = api.put(ASSOCIATE, location, movement(List.of(lead, last), departure, 45), current.etag());
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().path("callIns").size()).as("the log stays").isEqualTo(1);
        assertThat(api.delete(ASSOCIATE, location, changed.etag()).status()).isEqualTo(204);
    }

    @Test
    void a_bad_plan_is_a_400_naming_every_field_and_a_broken_rule_a_409_naming_every_rule() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "");
        bad.put("route", List.of(Map.of("latitude", 19.43, "longitude", -99.13)));
        bad.put("vehicles", List.of());
        bad.put("departure", "2026-03-02T10:00:00Z");
        bad.put("callInEveryMinutes", 1);
        bad.put("callInGraceMinutes", 500);
        Reply r = api.post(ASSOCIATE, MOVEMENTS, ApiClient.json(bad));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).containsExactlyInAnyOrder("title", "route", "vehicles", "arrival",
                "callInEveryMinutes", "callInGraceMinutes");
        assertThat(r.raw().body()).doesNotContain("io.vigil").doesNotContain("Exception");
        Reply unknown = api.post(ASSOCIATE, MOVEMENTS, movement(List.of(lead, "5e43046e-4df1-4285-a294-0c4bbbfba79f"),
                "2026-03-02T10:00:00Z", 30));
        assertThat(fields(unknown)).containsExactly("vehicles[1]");
        String old = created(ASSOCIATE, VEHICLES, vehicle("OLD-9", false, "2026-02-01")).path("id").asText();
        Reply refused = api.post(ASSOCIATE, MOVEMENTS, movement(List.of(old, lead), "2026-03-02T10:00:00Z", 30));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().toString()).contains("the lead vehicle OLD-9 has no radio")
                .contains("vehicle OLD-9 was due for inspection on 2026-02-01");
        Reply overdue = api.get(ASSOCIATE, VEHICLES + "/" + old);
        assertThat(overdue.json().path("problemsToday").get(0).asText()).contains("inspection");
    }

    @Test
    void movements_are_need_to_know() {
        String location = api.post(ASSOCIATE, MOVEMENTS, movement(List.of(lead, last), "2026-03-05T10:00:00Z", 30))
                .header("Location");
        assertThat(api.get(MANAGER, location).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, MOVEMENTS).status()).isEqualTo(403);
        assertThat(api.post(MANAGER, MOVEMENTS, movement(List.of(lead), "2026-03-05T10:00:00Z", 30)).status())
                .isEqualTo(403);
        assertThat(api.post(STAFF, location + "/call-ins", ApiClient.json(Map.of("by", "me"))).status())
                .isEqualTo(403);
        assertThat(api.post(MANAGER, MOVEMENTS + "/escalations", "").status()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICE, location).status()).isEqualTo(404);
        Reply badCall = api.post(SOC, location + "/call-ins", ApiClient.json(Map.of("by", "", "at", "yesterday")));
        assertThat(badCall.status()).isEqualTo(400);
        Reply emptyBy = api.post(SOC, location + "/call-ins", ApiClient.json(Map.of("by", "")));
        assertThat(fields(emptyBy)).containsExactly("by");
        assertThat(api.get(OFFICER, MOVEMENTS + "/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void vehicles_drivers_and_settings_refuse_bad_input_and_roles_without_the_grant() {
        Reply badVehicle = api.post(ASSOCIATE, VEHICLES, ApiClient.json(Map.of("plate", "", "description", "x",
                "radio", true, "equipment", List.of(""))));
        assertThat(badVehicle.status()).isEqualTo(400);
        assertThat(fields(badVehicle)).containsExactlyInAnyOrder("plate", "insuredUntil", "inspectionDue",
                "equipment[0].<list element>");
        assertThat(api.post(STAFF, VEHICLES, vehicle("ST-1", true, "2026-12-01")).status()).isEqualTo(403);
        assertThat(api.get(STAFF, VEHICLES).status()).isEqualTo(403);
        Reply badDriver = api.post(ASSOCIATE, DRIVERS, ApiClient.json(Map.of("name", "Juan", "checkIntervalDays", 0)));
        assertThat(fields(badDriver)).containsExactlyInAnyOrder("person", "licenceValidUntil", "lastCheck",
                "checkIntervalDays");
        JsonNode driver = created(ASSOCIATE, DRIVERS, ApiClient.json(Map.of("person", lucia, "name", "Lucía",
                "licenceValidUntil", "2026-02-01", "lastCheck", "2026-01-01", "checkIntervalDays", 365)));
        assertThat(driver.path("checkDue").asText()).isEqualTo("2027-01-01");
        assertThat(driver.path("problemsToday").get(0).asText()).contains("licence valid only until 2026-02-01");
        Reply settings = api.get(STAFF, BASE + "/settings");
        assertThat(settings.json().path("version").asLong()).isZero();
        assertThat(settings.json().path("maxVehicles").asInt()).isEqualTo(8);
        String body = ApiClient.json(Map.of("timeZone", "Mars/Olympus", "leaderAfterMinutes", 30,
                "convoyLeaderAbove", 5, "maxVehicles", 8, "radioLeadAndLast", true));
        assertThat(fields(api.put(OFFICER, BASE + "/settings", body, "\"0\""))).containsExactly("timeZone");
        String good = body.replace("Mars/Olympus", "America/Mexico_City");
        assertThat(api.put(STAFF, BASE + "/settings", good, "\"0\"").status()).isEqualTo(403);
        assertThat(api.put(OFFICER, BASE + "/settings", good, null).status()).isEqualTo(428);
        Reply set = api.put(OFFICER, BASE + "/settings", good, "\"0\"");
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().path("timeZone").asText()).isEqualTo("America/Mexico_City");
        assertThat(api.put(OFFICER, BASE + "/settings", good, "\"0\"").status()).isEqualTo(412);
    }

    @Test
    void river_options_and_medevac_plans_are_open_to_the_office_and_written_by_security_staff() {
        Reply badRiver = api.post(ASSOCIATE, BASE + "/river-options", ApiClient.json(Map.of("operator", "",
                "route", "Usumacinta", "vessel", "Launch", "seats", 0, "lifeJackets", -1)));
        assertThat(fields(badRiver)).containsExactlyInAnyOrder("operator", "seats", "lifeJackets", "validUntil");
        JsonNode river = created(ASSOCIATE, BASE + "/river-options", ApiClient.json(Map.of("operator", "Lanchas Chol",
                "route", "Frontera Corozal to Yaxchilán", "vessel", "Launch 12", "seats", 12, "lifeJackets", 10,
                "validUntil", "2026-02-28")));
        assertThat(river.path("problemsToday").size()).isEqualTo(2);
        assertThat(api.get(STAFF, BASE + "/river-options").json().path("total").asInt()).isEqualTo(1);
        assertThat(api.post(STAFF, BASE + "/river-options", ApiClient.json(Map.of("operator", "x", "route", "y",
                "vessel", "z", "seats", 1, "lifeJackets", 1, "validUntil", "2027-01-01"))).status()).isEqualTo(403);

        Map<String, Object> plan = new HashMap<>();
        plan.put("dutyStation", "Mexico City");
        plan.put("facilities", List.of(Map.of("name", "Hospital ABC Santa Fe", "capability", "trauma, ICU",
                "phone", "+52 55 1103 1600")));
        plan.put("transport", List.of("air ambulance to Houston"));
        plan.put("contacts", List.of(Map.of("name", "Dr. Ruiz", "role", "medical officer", "phone", "+52 55 1")));
        plan.put("eligible", List.of("international staff"));
        plan.put("reviewDue", "2026-02-01");
        JsonNode medevac = created(ASSOCIATE, BASE + "/medevac-plans", ApiClient.json(plan));
        assertThat(medevac.path("reviewOverdue").asBoolean()).isTrue();
        assertThat(api.get(MANAGER, BASE + "/medevac-plans/" + medevac.path("id").asText()).status()).isEqualTo(200);
        assertThat(api.post(MANAGER, BASE + "/medevac-plans", ApiClient.json(plan)).status()).isEqualTo(403);
        plan.put("facilities", List.of(Map.of("name", "", "capability", "x", "phone", "1")));
        plan.put("eligible", List.of());
        Reply bad = api.post(ASSOCIATE, BASE + "/medevac-plans", ApiClient.json(plan));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("facilities[0].name", "eligible");
    }

    @Test
    void road_incidents_are_about_the_persons_involved() {
        Map<String, Object> incident = new HashMap<>();
        incident.put("at", "2026-02-27T18:00:00Z");
        incident.put("place", "Autopista México-Toluca km 32");
        incident.put("vehicle", lead);
        incident.put("persons", List.of(lucia));
        incident.put("description", "Rear-ended at a toll booth; no injuries");
        JsonNode recorded = created(ASSOCIATE, BASE + "/road-incidents", ApiClient.json(incident));
        String location = BASE + "/road-incidents/" + recorded.path("id").asText();
        assertThat(api.get(STAFF, location).status()).as("her own").isEqualTo(200);
        assertThat(api.get(MANAGER, location).status()).isEqualTo(403);
        incident.put("at", "2030-01-01T00:00:00Z");
        incident.put("vehicle", "5e43046e-4df1-4285-a294-0c4bbbfba79f");
        incident.put("description", "");
        Reply bad = api.post(ASSOCIATE, BASE + "/road-incidents", ApiClient.json(incident));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("description");
        incident.put("description", "again");
        assertThat(fields(api.post(ASSOCIATE, BASE + "/road-incidents", ApiClient.json(incident))))
                .containsExactlyInAnyOrder("at", "vehicle");
    }
}
