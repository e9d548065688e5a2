package io.vigil.rest.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The liaison routes over HTTP: success, bad input (400 naming each field), denials, refusals. */
class LiaisonApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/liaison";

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private JsonNode post(String path, Map<String, Object> body) {
        Reply r = api.post(ApiFixture.OFFICER, BASE + path, ApiClient.json(body));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode organisation() {
        return post("/organisations", Map.of("name", "UNDSS Mexico", "kind", "UNDSS"));
    }

    private JsonNode contact(JsonNode org, String name, String sensitivity, String level) {
        return post("/contacts", Map.of("organisation", org.path("id").asText(), "name", name, "role", "Adviser",
                "sensitivity", sensitivity, "clearedTo", level));
    }

    @Test
    void a_confidential_contact_is_invisible_to_managers_and_staff_and_read_by_the_officer() {
        JsonNode org = organisation();
        JsonNode open = contact(org, "Ana Beltrán", "ORDINARY", "INTERNAL");
        JsonNode secret = contact(org, "Informant Uno", "CONFIDENTIAL", "PUBLIC");
        Reply managers = api.get(ApiFixture.MANAGER, BASE + "/contacts?limit=100");
        assertThat(managers.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        managers.json().path("items").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).contains(open.path("id").asText()).doesNotContain(secret.path("id").asText());
        Reply hidden = api.get(ApiFixture.MANAGER, BASE + "/contacts/" + secret.path("id").asText());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(hidden.raw().body()).doesNotContain("Informant");
        assertThat(api.get(ApiFixture.STAFF, BASE + "/contacts").status()).isEqualTo(403);
        assertThat(api.get(ApiFixture.STAFF, BASE + "/contacts/" + secret.path("id").asText()).status())
                .isEqualTo(404);
        assertThat(api.get(ApiFixture.OFFICER, BASE + "/contacts/" + secret.path("id").asText()).json()
                .path("name").asText()).isEqualTo("Informant Uno");
        assertThat(api.get(ApiFixture.ASSOCIATE, BASE + "/contacts/" + secret.path("id").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void a_bad_contact_names_every_bad_field_at_once() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("role", "x".repeat(201));
        body.put("staleAfterDays", 0);
        Reply r = api.post(ApiFixture.OFFICER, BASE + "/contacts", ApiClient.json(body));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).contains("organisation", "name", "role", "sensitivity", "clearedTo", "staleAfterDays");
        assertThat(r.raw().body()).doesNotContain("io.vigil").doesNotContain("Exception");
    }

    @Test
    void sharing_above_the_contacts_level_is_refused_with_the_reason_and_nothing_is_logged() {
        JsonNode c = contact(organisation(), "Comandante Ruiz", "ORDINARY", "INTERNAL");
        Reply refused = api.post(ApiFixture.OFFICER, BASE + "/exchanges", ApiClient.json(Map.of("contact",
                c.path("id").asText(), "at", "2026-03-01T10:00:00Z", "direction", "SHARED", "level", "CONFIDENTIAL",
                "summary", "the threat assessment")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw().body()).contains("may not be shared with Comandante Ruiz, who is cleared to"
                + " INTERNAL only");
        assertThat(api.get(ApiFixture.OFFICER, BASE + "/contacts/" + c.path("id").asText() + "/exchanges").json()
                .path("items")).isEmpty();
        post("/exchanges", Map.of("contact", c.path("id").asText(), "at", "2026-03-01T10:00:00Z", "direction",
                "OBTAINED", "level", "CONFIDENTIAL", "summary", "road blocks"));
        Reply future = api.post(ApiFixture.OFFICER, BASE + "/contact-entries", ApiClient.json(Map.of("contact",
                c.path("id").asText(), "at", "2026-03-02T10:00:00Z", "mode", "CALLED", "topic", "march")));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("at");
        assertThat(api.get(ApiFixture.MANAGER, BASE + "/exchanges").status()).isEqualTo(403);
    }

    @Test
    void a_meeting_opens_with_the_previous_ones_open_items_and_every_change_is_logged() {
        JsonNode series = post("/series", Map.of("name", "Security cell", "kind", "SECURITY_CELL"));
        String staff = fixture.staffPerson.toString();
        JsonNode first = post("/meetings", Map.of("series", series.path("id").asText(), "heldAt",
                "2026-02-15T09:00:00Z", "attendees", List.of(staff)));
        String meetingPath = "/meetings/" + first.path("id").asText() + "/actions";
        JsonNode a = post(meetingPath, Map.of("title", "Update the warden list", "owner", staff, "due", "2026-02-20"));
        JsonNode b = post(meetingPath, Map.of("title", "Book the drill", "owner", staff, "due", "2026-03-20"));
        Reply done = api.send(ApiFixture.OFFICER, "POST", BASE + "/actions/" + b.path("id").asText() + "/changes",
                ApiClient.json(Map.of("status", "DONE")), "application/json", "\"" + b.path("version").asLong() + "\"");
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        JsonNode change = done.json().path("changes").get(0);
        assertThat(change.path("field").asText()).isEqualTo("STATUS");
        assertThat(change.path("from").asText()).isEqualTo("OPEN");
        assertThat(change.path("to").asText()).isEqualTo("DONE");
        assertThat(change.path("by").asText()).isEqualTo("officer");
        JsonNode second = post("/meetings", Map.of("series", series.path("id").asText(), "heldAt",
                "2026-03-01T09:00:00Z"));
        Reply agenda = api.get(ApiFixture.OFFICER, BASE + "/meetings/" + second.path("id").asText() + "/agenda");
        assertThat(agenda.json().path("carriedOver")).hasSize(1);
        assertThat(agenda.json().path("carriedOver").get(0).path("id").asText()).isEqualTo(a.path("id").asText());
        Reply mine = api.get(ApiFixture.STAFF, BASE + "/my-actions");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("items")).hasSize(1);
        assertThat(api.get(ApiFixture.STAFF, BASE + "/actions/" + a.path("id").asText()).status()).isEqualTo(200);
        assertThat(api.get(ApiFixture.STAFF, BASE + "/overdue-actions").status()).isEqualTo(403);
        Reply overdue = api.get(ApiFixture.OFFICER, BASE + "/overdue-actions?at=2026-03-01T12:00:00Z");
        assertThat(overdue.json().path("items")).hasSize(1);
        Reply stale = api.send(ApiFixture.OFFICER, "POST", BASE + "/actions/" + b.path("id").asText() + "/changes",
                ApiClient.json(Map.of("status", "OPEN")), "application/json", "\"" + b.path("version").asLong() + "\"");
        assertThat(stale.status()).isEqualTo(412);
        Reply stranger = api.post(ApiFixture.OFFICER, BASE + "/meetings", ApiClient.json(Map.of("series",
                "00000000-0000-0000-0000-000000000009", "heldAt", "2026-03-01T09:00:00Z", "attendees",
                List.of("00000000-0000-0000-0000-000000000001"))));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(fields(stranger)).containsExactlyInAnyOrder("series", "attendees");
        Reply task = api.post(ApiFixture.OFFICER, BASE + "/tasks", ApiClient.json(Map.of("title", "Visit zone Sur",
                "owner", staff, "due", "2026-03-10")));
        assertThat(task.status()).isEqualTo(201);
        assertThat(api.get(ApiFixture.OFFICER, BASE + "/tasks?associate=" + staff).json().path("items")).hasSize(1);
        assertThat(api.get(ApiFixture.OFFICER, BASE + "/tasks?all=maybe").status()).isEqualTo(400);
    }

    @Test
    void managers_read_the_advice_record_the_decision_once_and_read_the_activity_figures() {
        JsonNode advice = post("/advice", Map.of("topic", "Night movements", "concerns", "carjacking on 15D",
                "recommendation", "Suspend road movements after dark", "givenAt", "2026-02-20T10:00:00Z"));
        assertThat(api.get(ApiFixture.MANAGER, BASE + "/advice/" + advice.path("id").asText()).status())
                .isEqualTo(200);
        assertThat(api.post(ApiFixture.MANAGER, BASE + "/advice", ApiClient.json(Map.of("topic", "x", "concerns", "y",
                "recommendation", "z", "givenAt", "2026-02-20T10:00:00Z"))).status()).isEqualTo(403);
        String decision = ApiClient.json(Map.of("outcome", "PARTLY_ACCEPTED", "reason", "no budget for guards",
                "decidedBy", "Head of office", "decidedAt", "2026-02-22T10:00:00Z"));
        Reply decided = api.send(ApiFixture.MANAGER, "POST", BASE + "/advice/" + advice.path("id").asText()
                + "/decision", decision, "application/json", "\"" + advice.path("version").asLong() + "\"");
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().path("decision").path("outcome").asText()).isEqualTo("PARTLY_ACCEPTED");
        Reply again = api.send(ApiFixture.MANAGER, "POST", BASE + "/advice/" + advice.path("id").asText()
                + "/decision", decision, "application/json", "\"" + decided.json().path("version").asLong() + "\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.send(ApiFixture.STAFF, "POST", BASE + "/advice/" + advice.path("id").asText() + "/decision",
                decision, "application/json", "\"2\"").status()).isEqualTo(403);
        Reply activity = api.get(ApiFixture.MANAGER, BASE + "/activity?from=2026-01-01T00:00:00Z"
                + "&to=2026-03-01T00:00:00Z&asOf=2026-03-01T12:00:00Z");
        assertThat(activity.status()).as(activity.raw().body()).isEqualTo(200);
        assertThat(activity.json().path("adviceGiven").path("ids")).extracting(JsonNode::asText)
                .contains(advice.path("id").asText());
        Reply missing = api.get(ApiFixture.MANAGER, BASE + "/activity");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("from", "to");
        assertThat(api.get(ApiFixture.STAFF, BASE + "/activity?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z")
                .status()).isEqualTo(403);
    }
}
