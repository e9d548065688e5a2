package io.vigil.rest.risk;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
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
import org.junit.jupiter.api.Test;

class RiskApiTest extends ApiTestBase {
    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    static Map<String, Object> robbery() {
        Map<String, Object> risk = new HashMap<>();
        risk.put("category", "CRIME");
        risk.put("threat", "armed robbery on public transport");
        risk.put("likelihood", "LIKELY");
        risk.put("impact", "MODERATE");
        risk.put("treatment", "CONTROL");
        risk.put("measures", List.of(Map.of("description", "Briefing on safe transport", "owner", "associate",
                "due", "2026-04-01T00:00:00Z", "status", "PLANNED")));
        risk.put("residualLikelihood", "MODERATELY_LIKELY");
        risk.put("residualImpact", "MODERATE");
        return risk;
    }

    static String assessment(String title, List<Map<String, Object>> risks, String criticality) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("area", List.of(point(19.2, -99.3), point(19.2, -98.9), point(19.6, -98.9), point(19.6, -99.3)));
        body.put("validFrom", "2026-01-01T00:00:00Z");
        body.put("validTo", "2026-12-31T00:00:00Z");
        body.put("summary", "Crime and civil unrest dominate.");
        body.put("risks", risks);
        body.put("criticality", criticality);
        body.put("reviewDue", "2026-02-01T00:00:00Z");
        return ApiClient.json(body);
    }

    private Reply create(String title) {
        Reply r = api.post(ASSOCIATE, "/api/v1/assessments", assessment(title, List.of(robbery()), "PC3"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    @Test
    void an_assessment_is_scored_and_decided_with_reasons() {
        JsonNode a = create("Mexico City SRA").json();
        assertThat(a.path("status").asText()).isEqualTo("DRAFT");
        assertThat(a.path("risks").get(0).path("inherentLevel").asText()).isEqualTo("HIGH");
        assertThat(a.path("risks").get(0).path("residualLevel").asText()).isEqualTo("MEDIUM");
        assertThat(a.path("acceptability").path("decision").asText()).isEqualTo("PROCEED");
        assertThat(a.path("acceptability").path("reasons").toString()).contains("armed robbery");
        assertThat(a.path("matrix")).hasSize(5);
    }

    @Test
    void the_lifecycle_runs_with_if_match_and_only_the_officer_approves() {
        Reply created = create("Lifecycle SRA");
        String location = created.header("Location");
        Reply submitted = api.send(ASSOCIATE, "POST", location + "/submit", null, null, created.etag());
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        assertThat(api.send(ASSOCIATE, "POST", location + "/approve", null, null, submitted.etag()).status())
                .isEqualTo(403);
        assertThat(api.send(OFFICER, "POST", location + "/approve", null, null, created.etag()).status())
                .isEqualTo(412);
        assertThat(api.send(OFFICER, "POST", location + "/approve", null, null, null).status()).isEqualTo(428);
        Reply approved = api.send(OFFICER, "POST", location + "/approve", null, null, submitted.etag());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("approvedBy").asText()).isEqualTo("officer");
        Reply again = api.send(OFFICER, "POST", location + "/submit", null, null, approved.etag());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("only a DRAFT");
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().path("reasons")).hasSize(1);
        assertThat(again.json().path("reasons").get(0).asText())
                .isEqualTo("only a DRAFT can be submitted; this assessment is APPROVED");
        Reply twice = api.send(OFFICER, "POST", location + "/approve", null, null, approved.etag());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("reasons").get(0).asText())
                .isEqualTo("only an assessment IN_REVIEW can be approved; this one is APPROVED");
        Reply due = api.get(MANAGER, "/api/v1/risk/reviews-due?at=2026-03-01T00:00:00Z");
        List<String> titles = new ArrayList<>();
        due.json().path("items").forEach(i -> titles.add(i.path("title").asText()));
        assertThat(titles).contains("Lifecycle SRA");
    }

    @Test
    void managers_read_but_cannot_write_and_staff_see_nothing() {
        String location = create("Access SRA").header("Location");
        assertThat(api.get(MANAGER, location).status()).isEqualTo(200);
        assertThat(api.get(MANAGER, "/api/v1/assessments").status()).isEqualTo(200);
        Reply refused = api.post(MANAGER, "/api/v1/assessments", assessment("Nope", List.of(), "PC1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("managers");
        assertThat(api.get(STAFF, location).status()).isEqualTo(403);
    }

    @Test
    void bad_input_is_a_400_naming_the_field() {
        Map<String, Object> rising = robbery();
        rising.put("residualImpact", "CRITICAL");
        Reply r = api.post(ASSOCIATE, "/api/v1/assessments", assessment("Bad", List.of(rising), "PC1"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).startsWith("risks[0]");
        Reply pc = api.post(ASSOCIATE, "/api/v1/assessments", assessment("Bad", List.of(), "PC9"));
        assertThat(pc.json().path("errors").get(0).path("field").asText()).isEqualTo("criticality");
        Reply noArea = api.post(ASSOCIATE, "/api/v1/assessments", "{\"title\":\"x\"}");
        assertThat(noArea.status()).isEqualTo(400);
    }

    @Test
    void the_policy_is_read_configured_with_if_match_and_refused_with_reasons() {
        Reply standard = api.get(MANAGER, "/api/v1/risk/policy");
        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.etag()).isEqualTo("\"0\"");
        JsonNode policy = standard.json();
        String body = "{\"matrix\":" + policy.path("matrix") + ",\"rules\":" + policy.path("rules") + "}";
        assertThat(api.put(MANAGER, "/api/v1/risk/policy", body, "\"0\"").status()).isEqualTo(403);
        String broken = body.replaceFirst("\\[\\[\"VERY_LOW\"", "[[\"UNACCEPTABLE\"");
        Reply refused = api.put(OFFICER, "/api/v1/risk/policy", broken, "\"0\"");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).startsWith("matrix[0]");
        Reply saved = api.put(OFFICER, "/api/v1/risk/policy", body, "\"0\"");
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"1\"");
        assertThat(api.put(OFFICER, "/api/v1/risk/policy", body, "\"0\"").status()).isEqualTo(412);
    }

    @Test
    void the_report_is_served_in_its_media_type_to_those_who_may_read() {
        String location = create("Report SRA").header("Location");
        Reply report = api.get(MANAGER, location + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/markdown");
        assertThat(report.raw().body()).startsWith("# Report SRA");
        assertThat(api.get(STAFF, location + "/report").status()).isEqualTo(403);
    }

    @Test
    void a_draft_is_edited_returned_and_superseded_through_every_lifecycle_route() {
        Reply created = create("Edit SRA");
        String location = created.header("Location");
        Reply edited = api.put(ASSOCIATE, location, assessment("Edited SRA", List.of(robbery(), robbery()), "PC1"),
                created.etag());
        assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
        assertThat(edited.json().path("risks")).hasSize(2);
        Reply submitted = api.send(ASSOCIATE, "POST", location + "/submit", null, null, edited.etag());
        Reply returned = api.send(ASSOCIATE, "POST", location + "/return", null, null, submitted.etag());
        assertThat(returned.json().path("status").asText()).isEqualTo("DRAFT");
        Reply again = api.send(ASSOCIATE, "POST", location + "/submit", null, null, returned.etag());
        Reply approved = api.send(OFFICER, "POST", location + "/approve", null, null, again.etag());
        assertThat(api.delete(ASSOCIATE, location, approved.etag()).status()).isEqualTo(409);
        Reply superseded = api.send(ASSOCIATE, "POST", location + "/supersede", null, null, approved.etag());
        assertThat(superseded.status()).isEqualTo(200);
        assertThat(superseded.json().path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(api.send(ASSOCIATE, "POST", location + "/return", null, null, superseded.etag()).status())
                .isEqualTo(409);
    }

    @Test
    void only_drafts_are_deleted() {
        Reply created = create("Delete SRA");
        assertThat(api.delete(ASSOCIATE, created.header("Location"), created.etag()).status()).isEqualTo(204);
    }
}
