package io.vigil.rest.awareness;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every awareness route over HTTP: success, bad input (400 naming each field), denials, conflicts. */
class AwarenessApiTest extends ApiTestBase {
    private static final String COURSES = "/api/v1/awareness/courses";
    private static final String COMPLETIONS = "/api/v1/awareness/completions";
    private static final String BRIEFINGS = "/api/v1/awareness/briefings";
    private static final List<Map<String, Object>> GUERRERO = List.of(point(16.6, -100.1), point(16.6, -99.6),
            point(17.7, -99.6), point(17.7, -100.1));

    private String lucia;

    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private static String course(String code, String requirement, Integer months, List<?> areas) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", code + " course");
        body.put("requirement", requirement);
        body.put("validityMonths", months);
        body.put("areas", areas);
        return ApiClient.json(body);
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @BeforeAll
    void lucia() {
        lucia = fixture.staffPerson.toString();
    }

    private JsonNode created(String token, String path, String body) {
        Reply r = api.post(token, path, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    @Test
    void courses_are_created_read_listed_replaced_and_deleted_with_etags() {
        Reply created = api.post(ASSOCIATE, COURSES, course("FA1", "OPTIONAL", 24, List.of()));
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(api.get(STAFF, location).json().path("validityMonths").asInt()).as("open to every member")
                .isEqualTo(24);
        assertThat(api.get(STAFF, COURSES).json().path("total").asLong()).isPositive();
        Reply replaced = api.put(ASSOCIATE, location, course("FA1", "OPTIONAL", 24, List.of()).replace(
                "FA1 course", "First aid"), created.etag());
        assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);
        assertThat(replaced.json().path("title").asText()).isEqualTo("First aid");
        assertThat(api.put(ASSOCIATE, location, course("FA1", "OPTIONAL", 24, List.of()), created.etag()).status())
                .as("stale").isEqualTo(412);
        assertThat(api.put(ASSOCIATE, location, course("FA1", "OPTIONAL", 24, List.of()), null).status())
                .isEqualTo(428);
        Reply longer = api.put(ASSOCIATE, location, course("FA1", "OPTIONAL", 36, List.of()), replaced.etag());
        assertThat(longer.status()).isEqualTo(409);
        assertThat(longer.json().toString()).contains("validity change");
        assertThat(api.delete(ASSOCIATE, location, replaced.etag()).status()).isEqualTo(204);
        assertThat(api.get(OFFICER, location).status()).isEqualTo(404);
    }

    @Test
    void a_bad_course_is_a_400_naming_every_field() {
        Reply bad = api.post(ASSOCIATE, COURSES, course("", "SOMETIMES", 999, List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).contains("requirement");
        Reply fieldsBad = api.post(ASSOCIATE, COURSES, course("", "ALL", 999, List.of()));
        assertThat(fields(fieldsBad)).containsExactly("code", "validityMonths");
        Reply noAreas = api.post(ASSOCIATE, COURSES, course("SS1", "DESIGNATED_AREAS", 36, List.of()));
        assertThat(fields(noAreas)).containsExactly("areas");
        Reply badArea = api.post(ASSOCIATE, COURSES, course("SS2", "DESIGNATED_AREAS", 36,
                List.of(Map.of("name", "", "vertices", List.of(point(16.6, -100.1))))));
        assertThat(fields(badArea)).containsExactly("areas[0].name", "areas[0].vertices");
        assertThat(bad.raw().body()).doesNotContain("io.vigil").doesNotContain("Exception");
        Reply unknown = api.post(ASSOCIATE, COURSES, "{\"code\":\"X\",\"title\":\"X\",\"requirement\":\"ALL\","
                + "\"colour\":\"red\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.post(MANAGER, COURSES, course("MG", "ALL", null, List.of())).status()).isEqualTo(403);
        assertThat(api.post(STAFF, COURSES, course("ST", "ALL", null, List.of())).status()).isEqualTo(403);
    }

    @Test
    void a_validity_change_is_recorded_and_earlier_completions_keep_theirs() {
        JsonNode ssafe = created(ASSOCIATE, COURSES, course("SSAFE", "DESIGNATED_AREAS", 36,
                List.of(Map.of("name", "Guerrero", "vertices", GUERRERO))));
        String id = ssafe.path("id").asText();
        JsonNode done = created(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", id,
                "completedAt", "2025-06-01T00:00:00Z")));
        assertThat(done.path("validUntil").asText()).isEqualTo("2028-06-01T00:00:00Z");
        String validity = COURSES + "/" + id + "/validity";
        Reply noReason = api.send(OFFICER, "POST", validity, "{\"validityMonths\":12,\"reason\":\"\"}",
                "application/json", "\"1\"");
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(api.send(OFFICER, "POST", validity, "{\"validityMonths\":12,\"reason\":\"circular\"}",
                "application/json", null).status()).isEqualTo(428);
        assertThat(api.send(MANAGER, "POST", validity, "{\"validityMonths\":12,\"reason\":\"circular\"}",
                "application/json", "\"1\"").status()).isEqualTo(403);
        Reply changed = api.send(OFFICER, "POST", validity, "{\"validityMonths\":12,\"reason\":\"UNDSS circular\"}",
                "application/json", "\"1\"");
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");
        JsonNode change = changed.json().path("history").get(0);
        assertThat(change.path("fromMonths").asInt()).isEqualTo(36);
        assertThat(change.path("toMonths").asInt()).isEqualTo(12);
        assertThat(change.path("completionsKept").asInt()).isEqualTo(1);
        assertThat(api.get(OFFICER, COMPLETIONS + "/" + done.path("id").asText()).json().path("validUntil").asText())
                .isEqualTo("2028-06-01T00:00:00Z");
        assertThat(api.send(OFFICER, "POST", COURSES + "/not-a-uuid/validity", "{\"reason\":\"x\"}",
                "application/json", "\"1\"").status()).isEqualTo(404);
    }

    @Test
    void completions_are_recorded_read_corrected_and_removed_and_a_staff_member_reads_only_their_own() {
        String bsafe = created(ASSOCIATE, COURSES, course("BSAFE", "ALL", null, List.of())).path("id").asText();
        Reply r = api.post(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", bsafe,
                "completedAt", "2025-01-10T00:00:00Z", "certificate", "BSAFE-123")));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("validNow").asBoolean()).isTrue();
        assertThat(r.json().path("recordedBy").asText()).isEqualTo("associate");
        String location = r.header("Location");
        assertThat(api.get(STAFF, location).status()).isEqualTo(200);
        assertThat(api.get(MANAGER, location).status()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICE, location).status()).isEqualTo(404);
        assertThat(api.get(STAFF, COMPLETIONS).status()).as("the office's list").isEqualTo(403);
        assertThat(api.get(OFFICER, COMPLETIONS).json().path("total").asLong()).isPositive();
        Reply corrected = api.put(ASSOCIATE, location, ApiClient.json(Map.of("person", lucia, "course", bsafe,
                "completedAt", "2025-01-11T00:00:00Z")), r.etag());
        assertThat(corrected.json().path("completedAt").asText()).isEqualTo("2025-01-11T00:00:00Z");
        assertThat(api.post(STAFF, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", bsafe,
                "completedAt", "2025-01-10T00:00:00Z"))).status()).isEqualTo(403);
        assertThat(api.delete(ASSOCIATE, location, corrected.etag()).status()).isEqualTo(204);
    }

    @Test
    void a_bad_completion_is_a_400_naming_every_field() {
        Reply empty = api.post(ASSOCIATE, COMPLETIONS, "{}");
        assertThat(fields(empty)).containsExactly("completedAt", "course", "person");
        Reply badIds = api.post(ASSOCIATE, COMPLETIONS, "{\"person\":\"nobody\",\"course\":\"x\","
                + "\"completedAt\":\"yesterday\"}");
        assertThat(badIds.status()).isEqualTo(400);
        assertThat(badIds.raw().body()).doesNotContain("io.vigil").doesNotContain("java.");
        String bsafe = created(ASSOCIATE, COURSES, course("BS2", "ALL", null, List.of())).path("id").asText();
        Reply future = api.post(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", bsafe,
                "completedAt", "2027-01-01T00:00:00Z")));
        assertThat(fields(future)).containsExactly("completedAt");
        Reply stranger = api.post(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person",
                "3f1c2a9e-0000-4000-8000-000000000001", "course", bsafe, "completedAt", "2025-01-01T00:00:00Z")));
        assertThat(fields(stranger)).containsExactly("person");
    }

    @Test
    void briefings_are_recorded_with_attendance_and_an_attendee_reads_theirs() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ON_ARRIVAL");
        body.put("at", "2026-02-20T09:00:00Z");
        body.put("place", "Mexico City office");
        body.put("presenter", "Security associate");
        body.put("topics", List.of("earthquakes", "crime"));
        body.put("attendees", List.of(lucia));
        Reply r = api.post(ASSOCIATE, BRIEFINGS, ApiClient.json(body));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        String location = r.header("Location");
        assertThat(api.get(STAFF, location).json().path("topics").size()).isEqualTo(2);
        assertThat(api.get(STAFF, BRIEFINGS).status()).isEqualTo(403);
        assertThat(api.get(ASSOCIATE, BRIEFINGS).json().path("total").asLong()).isPositive();
        body.put("place", "Auditorium");
        Reply moved = api.put(ASSOCIATE, location, ApiClient.json(body), r.etag());
        assertThat(moved.json().path("place").asText()).isEqualTo("Auditorium");
        body.put("attendees", List.of(lucia, "3f1c2a9e-0000-4000-8000-000000000002"));
        body.put("kind", "SOMETIMES");
        assertThat(api.put(ASSOCIATE, location, ApiClient.json(body), moved.etag()).status()).isEqualTo(400);
        body.put("kind", "PERIODIC_AWARENESS");
        assertThat(fields(api.put(ASSOCIATE, location, ApiClient.json(body), moved.etag())))
                .containsExactly("attendees[1]");
        assertThat(fields(api.post(ASSOCIATE, BRIEFINGS, "{\"topics\":[\"\"]}")))
                .containsExactly("at", "kind", "place", "presenter", "topics[0].<list element>");
        assertThat(api.delete(MANAGER, location, moved.etag()).status()).isEqualTo(403);
        assertThat(api.delete(ASSOCIATE, location, moved.etag()).status()).isEqualTo(204);
    }

    @Test
    void the_settings_are_read_by_every_member_and_set_by_security_staff() {
        Reply standard = api.get(STAFF, "/api/v1/awareness/policy");
        assertThat(standard.json().path("warningDays").toString()).isEqualTo("[90,60,30,7]");
        String body = "{\"warningDays\":[30,60],\"onArrivalDays\":5}";
        assertThat(api.put(MANAGER, "/api/v1/awareness/policy", body, standard.etag()).status()).isEqualTo(403);
        Reply bad = api.put(OFFICER, "/api/v1/awareness/policy", "{\"warningDays\":[0,400],\"onArrivalDays\":0}",
                standard.etag());
        assertThat(fields(bad)).containsExactly("onArrivalDays", "warningDays[0].<list element>",
                "warningDays[1].<list element>");
        Reply set = api.put(OFFICER, "/api/v1/awareness/policy", body, standard.etag());
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().path("warningDays").toString()).isEqualTo("[60,30]");
        assertThat(api.put(OFFICER, "/api/v1/awareness/policy", body, standard.etag()).status()).isEqualTo(412);
        api.put(OFFICER, "/api/v1/awareness/policy", "{\"warningDays\":[90,60,30,7],\"onArrivalDays\":7}",
                set.etag());
    }

    @Test
    void a_training_record_is_the_persons_own_and_security_staffs_not_a_managers_without_a_unit() {
        String bsafe = created(ASSOCIATE, COURSES, course("BS3", "ALL", null, List.of())).path("id").asText();
        created(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", bsafe,
                "completedAt", "2025-01-10T00:00:00Z")));
        Reply own = api.get(STAFF, "/api/v1/awareness/persons/" + lucia);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        List<String> states = new ArrayList<>();
        own.json().path("courses").forEach(c -> {
            if (c.path("code").asText().equals("BS3")) {
                states.add(c.path("status").path("state").asText());
            }
        });
        assertThat(states).containsExactly("VALID");
        assertThat(api.get(OFFICER, "/api/v1/awareness/persons/" + lucia + "?at=2024-01-01T00:00:00Z").json()
                .path("at").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(api.get(STAFF, "/api/v1/awareness/persons/3f1c2a9e-0000-4000-8000-000000000003").status())
                .isEqualTo(403);
        assertThat(api.get(OFFICER, "/api/v1/awareness/persons/3f1c2a9e-0000-4000-8000-000000000003").status())
                .isEqualTo(404);
        Reply manager = api.get(MANAGER, "/api/v1/awareness/persons/" + lucia);
        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.json().path("detail").asText()).contains("manages no unit");
        assertThat(fields(api.get(OFFICER, "/api/v1/awareness/persons/" + lucia + "?at=soon"))).containsExactly("at");
    }

    @Test
    void the_compliance_report_and_the_arrival_briefings_are_for_security_staff() {
        created(ASSOCIATE, COURSES, course("BS4", "ALL", null, List.of()));
        Reply report = api.get(ASSOCIATE, "/api/v1/awareness/compliance");
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        assertThat(report.json().path("located").asBoolean()).isTrue();
        List<String> missing = new ArrayList<>();
        report.json().path("courses").forEach(c -> {
            if (c.path("code").asText().equals("BS4")) {
                c.path("gaps").forEach(g -> missing.add(g.path("name").asText() + " " + g.path("unit").asText()
                        + " " + g.path("status").path("state").asText()));
            }
        });
        assertThat(missing).containsExactly("Lucía Hernández IBRD MISSING");
        assertThat(api.get(STAFF, "/api/v1/awareness/compliance").status()).isEqualTo(403);
        assertThat(api.get(MANAGER, "/api/v1/awareness/compliance").status()).as("a manager without a unit")
                .isEqualTo(403);
        assertThat(fields(api.get(OFFICER, "/api/v1/awareness/compliance?at=1999"))).containsExactly("at");
        Reply arrivals = api.get(OFFICER, "/api/v1/awareness/arrival-briefings");
        assertThat(arrivals.status()).isEqualTo(200);
        assertThat(arrivals.json().path("items").isArray()).isTrue();
        assertThat(api.get(MANAGER, "/api/v1/awareness/arrival-briefings").status()).isEqualTo(403);
        assertThat(fields(api.get(OFFICER, "/api/v1/awareness/arrival-briefings?at=x"))).containsExactly("at");
    }

    @Test
    void every_record_route_refuses_bad_bodies_other_offices_and_roles_without_the_grant() {
        String course = created(ASSOCIATE, COURSES, course("BS5", "ALL", null, List.of())).path("id").asText();
        String completion = created(ASSOCIATE, COMPLETIONS, ApiClient.json(Map.of("person", lucia, "course", course,
                "completedAt", "2025-01-10T00:00:00Z"))).path("id").asText();
        String briefing = created(ASSOCIATE, BRIEFINGS, ApiClient.json(Map.of("kind", "ADVANCE",
                "at", "2026-02-01T09:00:00Z", "place", "Office", "presenter", "Associate"))).path("id").asText();
        Map<String, String> items = Map.of(COURSES + "/" + course, course("BS5", "ALL", 999, List.of()),
                COMPLETIONS + "/" + completion, "{\"person\":null,\"course\":\"" + course + "\"}",
                BRIEFINGS + "/" + briefing, "{\"kind\":\"ADVANCE\",\"place\":\"\",\"presenter\":\"x\"}");
        items.forEach((item, bad) -> {
            assertThat(api.put(ASSOCIATE, item, bad, "\"1\"").status()).as("PUT %s", item).isEqualTo(400);
            assertThat(api.put(MANAGER, item, bad.replace("999", "12"), "\"1\"").status()).as("PUT %s", item)
                    .isIn(400, 403);
            assertThat(api.delete(MANAGER, item, "\"1\"").status()).as("DELETE %s", item).isEqualTo(403);
            assertThat(api.delete(STAFF, item, "\"1\"").status()).as("DELETE %s", item).isEqualTo(403);
            assertThat(api.get(OTHER_OFFICE, item).status()).as("GET %s", item).isIn(403, 404);
            assertThat(api.delete(OTHER_OFFICE, item, "\"1\"").status()).as("DELETE %s", item).isIn(403, 404);
            assertThat(api.get(OFFICER, item).status()).as("still there: %s", item).isEqualTo(200);
        });
        assertThat(api.get(OTHER_OFFICE, COURSES).json().path("items").toString()).doesNotContain(course);
        assertThat(api.get(MANAGER, COMPLETIONS).status()).isEqualTo(403);
        assertThat(api.get(MANAGER, BRIEFINGS).status()).isEqualTo(403);
        assertThat(api.put(MANAGER, COURSES + "/" + course, course("BS5", "ALL", null, List.of()), "\"1\"")
                .status()).isEqualTo(403);
        assertThat(api.put(MANAGER, COMPLETIONS + "/" + completion, ApiClient.json(Map.of("person", lucia,
                "course", course, "completedAt", "2025-01-10T00:00:00Z")), "\"1\"").status()).isEqualTo(403);
    }
}
