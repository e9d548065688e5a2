package io.vigil.rest.crisis;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every crisis route over HTTP: success, bad input (400 naming each field), denials (403), conflicts. */
class CrisisApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/crisis";
    private static final String[] ROLES = {"LEADER", "OPERATIONS", "HR", "COMMUNICATIONS", "FINANCE",
        "SECURITY_FOCAL_POINT"};

    private final List<String> staff = new ArrayList<>();

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static String etag(Reply r) {
        return "\"" + r.json().path("version").asLong() + "\"";
    }

    private Reply post(String token, String path, String ifMatch) {
        return api.send(token, "POST", path, null, null, ifMatch);
    }

    private Reply postJson(String token, String path, String body, String ifMatch) {
        return api.send(token, "POST", path, body, "application/json", ifMatch);
    }

    private static String planBody(String scenario) {
        return ApiClient.json(Map.of("scenarios", List.of(Map.of("name", scenario, "triggers", List.of("SASMEX alert"),
                        "steps", List.of("drop, cover, hold", "evacuate"), "lead", "SECURITY_FOCAL_POINT"),
                        Map.of("name", "Civil unrest", "triggers", List.of("road blockades"), "steps",
                                List.of("work from home"), "lead", "LEADER")),
                "measures", List.of(Map.of("kind", "EVACUATION", "description", "by air"),
                        Map.of("kind", "WORK_FROM_HOME", "description", "everyone"))));
    }

    @BeforeAll
    void teamOfTwelve() {
        staff.add(fixture.staffPerson.toString());
        for (int i = 1; i < 12; i++) {
            Reply r = api.post(OFFICER, "/api/v1/persons", ApiFixture.person("P" + i, "Crisis", "NATIONAL_STAFF"));
            assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
            staff.add(r.json().path("id").asText());
        }
        List<Map<String, Object>> seats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seats.add(Map.of("role", ROLES[i], "principal", staff.get(2 * i), "alternates", List.of(staff.get(2 * i + 1))));
        }
        Reply team = api.put(OFFICER, BASE + "/team", ApiClient.json(Map.of("seats", seats)), "\"0\"");
        assertThat(team.status()).as(team.raw().body()).isEqualTo(200);
    }

    @Test
    void the_plan_is_drafted_approved_by_the_officer_reviewed_and_tested_and_bad_input_names_every_field() {
        Reply read = api.get(STAFF, BASE + "/plan");
        assertThat(read.status()).isEqualTo(200);
        String bad = ApiClient.json(Map.of("scenarios", List.of(Map.of("name", "", "triggers", List.of(),
                "steps", List.of("x"))), "measures", List.of(Map.of("description", "by air"))));
        Reply invalid = api.put(OFFICER, BASE + "/plan/draft", bad, read.etag());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(fields(invalid)).contains("scenarios[0].name", "scenarios[0].triggers", "scenarios[0].lead",
                "measures[0].kind");
        assertThat(api.put(MANAGER, BASE + "/plan/draft", planBody("Earthquake"), read.etag()).status())
                .isEqualTo(403);
        Reply drafted = api.put(ASSOCIATE, BASE + "/plan/draft", planBody("Earthquake"), read.etag());
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(200);
        assertThat(drafted.json().path("draft").asInt()).isEqualTo(1);
        assertThat(drafted.json().path("versions").get(0).path("content").path("measures").get(0).path("kind")
                .asText()).as("measures in their usual order").isEqualTo("WORK_FROM_HOME");
        assertThat(post(ASSOCIATE, BASE + "/plan/approve", drafted.etag()).status()).isEqualTo(403);
        assertThat(post(OFFICER, BASE + "/plan/approve", "\"0\"").status()).isEqualTo(412);
        Reply approved = post(OFFICER, BASE + "/plan/approve", drafted.etag());
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.json().path("inForce").asInt()).isEqualTo(1);
        assertThat(approved.json().path("dues")).hasSize(2);
        String future = fixture.clock.instant().plus(Duration.ofDays(1)).toString();
        Reply early = postJson(OFFICER, BASE + "/plan/review", ApiClient.json(Map.of("at", future)), approved.etag());
        assertThat(fields(early)).containsExactly("at");
        Reply tested = postJson(ASSOCIATE, BASE + "/plan/test", ApiClient.json(Map.of("at",
                fixture.clock.instant().minus(Duration.ofDays(400)).toString(), "note", "tabletop")), approved.etag());
        assertThat(tested.status()).as(tested.raw().body()).isEqualTo(200);
        JsonNode dues = api.get(STAFF, BASE + "/plan").json().path("dues");
        assertThat(dues.findValuesAsText("kind")).containsExactly("REVIEW", "TEST");
        assertThat(dues.get(1).path("overdue").asBoolean()).as("the test a year after one 400 days ago").isTrue();
        Reply reviewed = postJson(OFFICER, BASE + "/plan/review", ApiClient.json(Map.of("at",
                fixture.clock.instant().toString())), tested.etag());
        assertThat(reviewed.status()).isEqualTo(200);
    }

    @Test
    void the_team_shows_its_gaps_and_refuses_persons_outside_the_office_naming_them() {
        Reply team = api.get(STAFF, BASE + "/team");
        assertThat(team.status()).isEqualTo(200);
        assertThat(team.json().path("complete").asBoolean()).isTrue();
        Reply bad = api.put(OFFICER, BASE + "/team", ApiClient.json(Map.of("seats", List.of(
                Map.of("principal", "not-an-id"), Map.of("role", "HR")))), etag(team));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).doesNotContain("io.vigil", "java.");
        Reply missing = api.put(OFFICER, BASE + "/team", ApiClient.json(Map.of("seats", List.of(Map.of("role", "HR")))),
                etag(team));
        assertThat(fields(missing)).containsExactly("seats[0].principal");
        Reply stranger = api.put(OFFICER, BASE + "/team", ApiClient.json(Map.of("seats", List.of(Map.of("role", "HR",
                "principal", "0f8fad5b-d9cb-469f-a165-70867728950e")))), etag(team));
        assertThat(fields(stranger)).containsExactly("seats[0].principal");
        assertThat(api.put(MANAGER, BASE + "/team", ApiClient.json(Map.of("seats", List.of())), etag(team)).status())
                .isEqualTo(403);
        assertThat(api.get(STAFF, BASE + "/team").json().path("version").asLong())
                .isEqualTo(team.json().path("version").asLong());
    }

    @Test
    void an_activation_tells_the_team_tracks_answers_topics_and_reminders_until_stood_down() {
        String bad = ApiClient.json(Map.of("scenario", "", "incident", "../etc/passwd"));
        Reply invalid = api.post(OFFICER, BASE + "/activations", bad);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("scenario", "trigger", "incident");
        assertThat(api.post(MANAGER, BASE + "/activations", ApiClient.json(Map.of("scenario", "Earthquake",
                "trigger", "felt"))).status()).isEqualTo(403);
        Reply unknown = api.post(SOC, BASE + "/activations", ApiClient.json(Map.of("scenario", "Earthquake",
                "trigger", "felt", "incident", "00000000-0000-4000-8000-000000000042")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("incident");
        Reply report = api.post(ASSOCIATE, "/api/v1/incidents/reports", ApiClient.json(Map.of("category", "hazards",
                "subtype", "earthquake", "title", "M7.1 earthquake", "occurredAt",
                fixture.clock.instant().minus(Duration.ofMinutes(20)).toString(), "place", Map.of("description",
                        "Ciudad de México", "point", Map.of("latitude", 19.43, "longitude", -99.13)), "severity",
                "CRITICAL", "source", "SASMEX")));
        assertThat(report.status()).as(report.raw().body()).isEqualTo(201);
        String incident = report.json().path("id").asText();
        Reply created = api.post(SOC, BASE + "/activations", ApiClient.json(Map.of("scenario", "Earthquake",
                "trigger", "M7.1 felt in the city", "incident", incident)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String item = created.header("Location");
        assertThat(item).startsWith(BASE + "/activations/");
        assertThat(created.json().path("members")).hasSize(12);
        assertThat(created.json().path("incident").asText()).isEqualTo(incident);
        Reply mine = api.post(STAFF, item + "/answers", ApiClient.json(Map.of("answer", "AVAILABLE")));
        assertThat(mine.status()).as(mine.raw().body()).isEqualTo(200);
        assertThat(mine.json().path("awaiting").asInt()).isEqualTo(11);
        assertThat(api.post(STAFF, item + "/answers", ApiClient.json(Map.of("person", staff.get(1), "answer",
                "AVAILABLE"))).status()).as("not for someone else").isEqualTo(403);
        assertThat(fields(api.post(OFFICER, item + "/answers", ApiClient.json(Map.of("answer", "MAYBE")))))
                .containsExactly("answer");
        Reply topicBad = api.post(OFFICER, item + "/topics", ApiClient.json(Map.of("title", "", "cadenceMinutes", 5)));
        assertThat(fields(topicBad)).containsExactlyInAnyOrder("title", "owner", "cadenceMinutes");
        Reply topic = api.post(OFFICER, item + "/topics", ApiClient.json(Map.of("title", "Casualties", "owner",
                staff.get(4), "cadenceMinutes", 60)));
        assertThat(topic.status()).as(topic.raw().body()).isEqualTo(200);
        assertThat(fields(api.post(OFFICER, item + "/topics/7/updates", ApiClient.json(Map.of("text", "x")))))
                .containsExactly("topic");
        assertThat(api.post(OFFICER, item + "/topics/x/updates", ApiClient.json(Map.of("text", "x"))).status())
                .isEqualTo(404);
        assertThat(api.post(OFFICER, item + "/log", ApiClient.json(Map.of("text", "Building checked"))).status())
                .isEqualTo(200);
        assertThat(api.post(STAFF, item + "/log", ApiClient.json(Map.of("text", "x"))).status()).isEqualTo(403);
        assertThat(api.post(SOC, BASE + "/sweep", null).json().path("sent").asInt()).isZero();
        fixture.clock.advance(Duration.ofMinutes(61));
        try {
            Reply swept = api.post(SOC, BASE + "/sweep", null);
            assertThat(swept.status()).as(swept.raw().body()).isEqualTo(200);
            assertThat(swept.json().path("sent").asInt()).as("P4's phone").isEqualTo(1);
            assertThat(swept.json().path("warnings")).isEmpty();
            assertThat(api.post(SOC, BASE + "/sweep", null).json().path("sent").asInt()).as("once").isZero();
            assertThat(api.post(STAFF, BASE + "/sweep", null).status()).isEqualTo(403);
            Reply update = api.post(OFFICER, item + "/topics/1/updates", ApiClient.json(Map.of("text",
                    "two injured")));
            assertThat(update.json().path("topics").get(0).path("lastSummary").asText()).isEqualTo("two injured");
        } finally {
            fixture.clock.advance(Duration.ofMinutes(-61));
        }
        assertThat(api.get(MANAGER, BASE + "/activations").json().path("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(STAFF, BASE + "/activations").status()).isEqualTo(403);
        Reply down = api.post(OFFICER, item + "/stand-down", ApiClient.json(Map.of("text", "aftershocks over")));
        assertThat(down.json().path("open").asBoolean()).isFalse();
        assertThat(api.post(OFFICER, item + "/log", ApiClient.json(Map.of("text", "late"))).status()).isEqualTo(409);
        assertThat(api.get(OFFICER, BASE + "/activations/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void a_drill_is_recorded_followed_up_reported_in_markdown_and_scored_by_a_communication_test() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "Fire drill");
        bad.put("heldAt", fixture.clock.instant().toString());
        bad.put("measurements", List.of(Map.of("name", "Building emptied", "measuredSeconds", 250,
                "targetSeconds", 0)));
        bad.put("actions", List.of(Map.of("description", "Clear stairwell B", "owner", staff.get(3))));
        Reply invalid = api.post(ASSOCIATE, BASE + "/exercises", ApiClient.json(bad));
        assertThat(fields(invalid)).containsExactlyInAnyOrder("kind", "measurements[0].targetSeconds",
                "actions[0].due");
        Map<String, Object> drill = new HashMap<>(bad);
        drill.put("kind", "FIRE");
        drill.put("participants", staff.subList(0, 4));
        drill.put("measurements", List.of(Map.of("name", "Building emptied", "measuredSeconds", 250,
                "targetSeconds", 300)));
        drill.put("findings", List.of("Stairwell B blocked"));
        drill.put("actions", List.of(Map.of("description", "Clear stairwell B", "owner", staff.get(3), "due",
                "2026-01-01")));
        assertThat(api.post(MANAGER, BASE + "/exercises", ApiClient.json(drill)).status()).isEqualTo(403);
        Reply created = api.post(ASSOCIATE, BASE + "/exercises", ApiClient.json(drill));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String item = created.header("Location");
        assertThat(created.json().path("measurements").get(0).path("measured").asText()).isEqualTo("4 min 10 s");
        Reply report = api.get(MANAGER, item + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/markdown");
        assertThat(report.raw().body()).contains("| Building emptied | 4 min 10 s | 5 min 0 s | yes |")
                .contains("**overdue**");
        Reply overdue = api.get(MANAGER, BASE + "/overdue");
        assertThat(overdue.json().path("actions").findValuesAsText("description")).contains("Clear stairwell B");
        assertThat(fields(postJson(ASSOCIATE, item + "/actions/1/done", ApiClient.json(Map.of()), null)))
                .containsExactly("done");
        Reply done = postJson(ASSOCIATE, item + "/actions/1/done", ApiClient.json(Map.of("done", "2026-02-20")), null);
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        assertThat(api.post(ASSOCIATE, item + "/score", null).status()).as("nothing to score yet").isEqualTo(409);
        Reply testBad = api.post(OFFICER, item + "/communication-test", ApiClient.json(Map.of("title", "",
                "openMinutes", 0, "targetPercent", 90, "targetMinutes", 30)));
        assertThat(fields(testBad)).contains("title", "channels", "openMinutes");
        Reply test = api.post(OFFICER, item + "/communication-test", ApiClient.json(Map.of("title", "Drill test",
                "channels", List.of("SMS"), "openMinutes", 60, "targetPercent", 90, "targetMinutes", 30)));
        assertThat(test.status()).as(test.raw().body()).isEqualTo(200);
        assertThat(test.json().path("alerting").path("kind").asText()).isEqualTo("COMMUNICATION_TEST");
        Reply scored = api.post(OFFICER, item + "/score", null);
        assertThat(scored.json().path("alerting").path("score").path("audience").asInt()).isPositive();
        assertThat(fields(api.post(OFFICER, item + "/phone-tree-drill", ApiClient.json(Map.of("tree", "",
                "targetMinutes", 0))))).containsExactlyInAnyOrder("tree", "targetMinutes");
    }

    @Test
    void the_schedule_refuses_every_bad_rule_naming_it_and_overdue_drills_show_up() {
        Reply current = api.get(MANAGER, BASE + "/schedule");
        assertThat(current.status()).isEqualTo(200);
        Reply bad = api.put(ASSOCIATE, BASE + "/schedule", ApiClient.json(Map.of("rules", List.of(
                Map.of("kind", "FIRE", "rule", "FREQ=FORTNIGHTLY", "start", "2025-01-15"),
                Map.of("kind", "EARTHQUAKE", "rule", "FREQ=HOURLY", "start", "2025-01-15"),
                Map.of("kind", "TABLETOP", "rule", "FREQ=YEARLY")))), etag(current));
        assertThat(fields(bad)).containsExactlyInAnyOrder("rules[0].rule", "rules[1].rule", "rules[2].start");
        assertThat(api.put(MANAGER, BASE + "/schedule", ApiClient.json(Map.of("rules", List.of())), etag(current))
                .status()).isEqualTo(403);
        Reply set = api.put(ASSOCIATE, BASE + "/schedule", ApiClient.json(Map.of("rules", List.of(
                Map.of("kind", "BOMB_THREAT", "rule", "FREQ=MONTHLY;INTERVAL=6", "start", "2020-01-15")))),
                etag(current));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        JsonNode drills = api.get(MANAGER, BASE + "/overdue").json().path("drills");
        assertThat(drills.findValuesAsText("kind")).containsExactly("BOMB_THREAT");
        assertThat(drills.get(0).path("overdue").asBoolean()).as("never held since 2020").isTrue();
        assertThat(api.get(STAFF, BASE + "/overdue").status()).isEqualTo(403);
    }

    @Test
    void continuity_inputs_show_each_gap_and_are_need_to_know() {
        Reply current = api.get(MANAGER, BASE + "/continuity");
        assertThat(current.status()).isEqualTo(200);
        assertThat(api.get(STAFF, BASE + "/continuity").status()).isEqualTo(403);
        Reply bad = api.put(ASSOCIATE, BASE + "/continuity", ApiClient.json(Map.of("functions", List.of(Map.of(
                "name", "Radio room", "minimumStaff", 0, "recoveryTimeHours", 12, "maxTolerableHours", 9000)))),
                etag(current));
        assertThat(fields(bad)).containsExactlyInAnyOrder("functions[0].alternateSite", "functions[0].minimumStaff",
                "functions[0].maxTolerableHours");
        Reply set = api.put(ASSOCIATE, BASE + "/continuity", ApiClient.json(Map.of("functions", List.of(Map.of(
                "name", "Radio room", "threats", List.of("earthquake"), "alternateSite", "Safe haven",
                "minimumStaff", 2, "recoveryTimeHours", 12, "maxTolerableHours", 4)))), etag(current));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        assertThat(set.json().path("gaps").get(0).asText()).contains("Radio room").contains("12 h").contains("4 h");
        assertThat(api.put(ASSOCIATE, BASE + "/continuity", ApiClient.json(Map.of("functions", List.of())),
                etag(current)).status()).as("stale").isEqualTo(412);
    }

    @Test
    void bodies_of_the_wrong_shape_are_400_problems_that_name_the_field_and_no_java_type() {
        List<Reply> replies = List.of(
                api.post(ASSOCIATE, BASE + "/exercises", ApiClient.json(Map.of("kind", "FIRE", "title", "x",
                        "heldAt", "yesterday"))),
                api.post(ASSOCIATE, BASE + "/exercises", ApiClient.json(Map.of("kind", "PICNIC", "title", "x",
                        "heldAt", "2026-02-01T10:00:00Z"))),
                api.post(OFFICER, BASE + "/activations", ApiClient.json(Map.of("scenario", List.of("x"),
                        "trigger", "y"))),
                api.put(ASSOCIATE, BASE + "/schedule", ApiClient.json(Map.of("rules", List.of(Map.of("kind", "FIRE",
                        "rule", "FREQ=YEARLY", "start", "15/01/2025")))), "\"0\""),
                api.post(OFFICER, BASE + "/activations", "{\"scenario\": \"x\", \"trigger\": \"y\", \"extra\": 1}"),
                api.post(OFFICER, BASE + "/activations", "{not json"));
        List<String> expected = List.of("heldAt", "kind", "scenario", "rules[0].start", "extra", "body");
        for (int i = 0; i < replies.size(); i++) {
            Reply r = replies.get(i);
            assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(fields(r)).as(r.raw().body()).containsExactly(expected.get(i));
            assertThat(r.raw().body()).doesNotContain("io.vigil", "java.", "Exception");
        }
    }
}
