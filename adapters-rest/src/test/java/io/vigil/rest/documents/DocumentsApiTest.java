package io.vigil.rest.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every documents route over HTTP: success, bad input (400 naming each field), denials, 413, conflicts. */
class DocumentsApiTest extends ApiTestBase {
    private static final String LIBRARY = "/api/v1/documents/library";

    private static String document(String kind, String title, String classification, Object appliesTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("owner", "Security officer");
        body.put("classification", classification);
        body.put("reviewDue", "2026-06-30");
        body.put("appliesTo", appliesTo);
        return ApiClient.json(body);
    }

    private static Map<String, Object> unit(String unit) {
        return Map.of("kind", "UNIT", "unit", unit);
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private JsonNode created(String body) {
        Reply r = api.post(ApiFixture.OFFICER, LIBRARY, body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    private Reply upload(JsonNode doc, String contentType, String body) {
        return api.send(ApiFixture.OFFICER, "POST", LIBRARY + "/" + doc.path("id").asText() + "/versions?note=first",
                body, contentType, "\"" + doc.path("version").asLong() + "\"");
    }

    @Test
    void a_markdown_version_is_uploaded_read_as_stored_and_rendered_with_raw_html_escaped() {
        JsonNode doc = created(document("SOP", "Bomb threat", "OFFICE", null));
        Reply up = upload(doc, "text/markdown", "# Bomb threat\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))\n");
        assertThat(up.status()).as(up.raw().body()).isEqualTo(201);
        assertThat(up.json().path("currentVersion").asInt()).isEqualTo(1);
        Reply raw = api.get(ApiFixture.STAFF, LIBRARY + "/" + doc.path("id").asText() + "/content");
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.contentType()).startsWith("text/markdown");
        assertThat(raw.raw().body()).startsWith("# Bomb threat");
        Reply html = api.get(ApiFixture.STAFF, LIBRARY + "/" + doc.path("id").asText() + "/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.raw().body()).contains("<h1>Bomb threat</h1>").contains("&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    void another_content_type_is_a_400_naming_the_type_and_a_pdf_is_not_rendered() {
        JsonNode doc = created(document("POLICY", "Security policy", "OFFICE", null));
        Reply png = upload(doc, "image/png", "PNG");
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.contentType()).startsWith("application/problem+json");
        assertThat(fields(png)).containsExactly("contentType");
        assertThat(png.raw().body()).contains("image/png").doesNotContain("io.vigil");
        Reply pdf = upload(doc, "application/pdf", "%PDF-1.4 a small pdf");
        assertThat(pdf.status()).as(pdf.raw().body()).isEqualTo(201);
        assertThat(api.get(ApiFixture.OFFICER, LIBRARY + "/" + doc.path("id").asText() + "/versions/1/content")
                .contentType()).startsWith("application/pdf");
        assertThat(api.get(ApiFixture.OFFICER, LIBRARY + "/" + doc.path("id").asText() + "/html").status())
                .isEqualTo(409);
    }

    @Test
    void a_version_larger_than_the_limit_is_a_413_problem_and_nothing_is_stored() {
        JsonNode doc = created(document("CONTINGENCY", "Relocation plan", "SECURITY", null));
        Reply big = upload(doc, "text/plain", "x".repeat(1_000_001));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.contentType()).startsWith("application/problem+json");
        assertThat(api.get(ApiFixture.OFFICER, LIBRARY + "/" + doc.path("id").asText()).json().path("versions"))
                .isEmpty();
    }

    @Test
    void bad_document_details_are_a_400_naming_every_field() {
        Reply r = api.post(ApiFixture.OFFICER, LIBRARY, ApiClient.json(Map.of("title", " ",
                "reviewDue", "2026-06-30")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("kind", "title", "owner", "classification");
        Reply wrongAudience = api.post(ApiFixture.OFFICER, LIBRARY, document("CONTACT_SHEET", "Contacts", "OFFICE",
                unit("IFC")));
        assertThat(wrongAudience.status()).isEqualTo(400);
        assertThat(fields(wrongAudience)).containsExactly("appliesTo");
    }

    @Test
    void staff_may_not_read_a_security_document_nor_write_one() {
        JsonNode doc = created(document("CONTINGENCY", "Evacuation plan", "SECURITY", null));
        assertThat(api.get(ApiFixture.STAFF, LIBRARY + "/" + doc.path("id").asText()).status()).isEqualTo(403);
        assertThat(api.get(ApiFixture.MANAGER, LIBRARY + "/" + doc.path("id").asText()).status()).isEqualTo(200);
        assertThat(api.post(ApiFixture.STAFF, LIBRARY, document("SOP", "Mine", "OFFICE", null)).status())
                .isEqualTo(403);
        assertThat(api.get(ApiFixture.OTHER_OFFICE, LIBRARY + "/" + doc.path("id").asText()).status())
                .isEqualTo(403);
    }

    @Test
    void a_dissemination_is_acknowledged_by_its_recipient_and_the_report_lists_who_is_missing() {
        Actor officer = Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER);
        fixture.vigil.people().persons().register(officer, new PersonDetails("Tomás", "Vega",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null));
        JsonNode doc = created(document("SOP", "Earthquake", "OFFICE", unit("IBRD")));
        JsonNode published = upload(doc, "text/markdown", "Drop, cover, hold on.").json();
        Reply sent = api.post(ApiFixture.OFFICER, LIBRARY + "/" + published.path("id").asText() + "/disseminations",
                ApiClient.json(Map.of("audience", unit("IBRD"), "channels", List.of("EMAIL"))));
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
        assertThat(sent.json().path("recipients")).hasSize(2);
        String id = sent.json().path("id").asText();
        Reply ack = api.post(ApiFixture.STAFF, "/api/v1/documents/disseminations/" + id + "/acknowledgement", null);
        assertThat(ack.status()).as(ack.raw().body()).isEqualTo(200);
        assertThat(ack.json().path("acknowledgements")).hasSize(1);
        Reply report = api.get(ApiFixture.OFFICER, "/api/v1/documents/acknowledgements/missing");
        assertThat(report.status()).isEqualTo(200);
        JsonNode procedure = report.json().path("procedures").get(0);
        assertThat(procedure.path("acknowledged").get(0).path("name").asText()).isEqualTo("Lucía Hernández");
        assertThat(procedure.path("missing").get(0).path("name").asText()).isEqualTo("Tomás Vega");
        assertThat(api.get(ApiFixture.STAFF, "/api/v1/documents/acknowledgements/missing").status()).isEqualTo(403);
        Reply compliance = api.get(ApiFixture.OFFICER, "/api/v1/awareness/compliance");
        assertThat(compliance.status()).as(compliance.raw().body()).isEqualTo(200);
        assertThat(compliance.json().path("acknowledgementsShown").asBoolean()).isTrue();
        JsonNode counted = compliance.json().path("procedures").get(0);
        assertThat(counted.path("title").asText()).isEqualTo("Earthquake");
        assertThat(counted.path("appliesTo").asInt()).isEqualTo(2);
        assertThat(counted.path("missing").asInt()).as("Tomás has not acknowledged").isEqualTo(1);
        assertThat(counted.path("groups").get(0).path("unit").asText()).isEqualTo("IBRD");
        assertThat(counted.path("groups").get(0).path("category").asText()).isEqualTo("NATIONAL_STAFF");
        assertThat(counted.path("groups").get(0).path("missing").asInt()).isEqualTo(1);
        String sendPath = LIBRARY + "/" + published.path("id").asText() + "/disseminations";
        Reply noChannel = api.post(ApiFixture.OFFICER, sendPath, ApiClient.json(Map.of("audience",
                Map.of("kind", "EVERYONE"), "channels", List.of())));
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(fields(noChannel)).containsExactly("channels");
        Reply noZone = api.post(ApiFixture.OFFICER, sendPath, ApiClient.json(Map.of("audience",
                Map.of("kind", "ZONE"), "channels", List.of("SMS"))));
        assertThat(noZone.status()).isEqualTo(400);
        assertThat(fields(noZone)).containsExactly("audience.zone");
    }

    @Test
    void the_restricted_areas_list_is_read_as_generated_markdown_and_cannot_be_uploaded() {
        JsonNode doc = created(document("RESTRICTED_AREAS", "Restricted areas", "OFFICE", null));
        Reply read = api.get(ApiFixture.STAFF, LIBRARY + "/" + doc.path("id").asText() + "/content");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().body()).contains("# Restricted areas");
        assertThat(upload(doc, "text/plain", "stale copy").status()).isEqualTo(400);
    }

    @Test
    void disseminating_the_restricted_areas_list_stores_its_snapshot_as_the_version_sent() {
        JsonNode doc = created(document("RESTRICTED_AREAS", "Restricted areas", "OFFICE", null));
        String id = doc.path("id").asText();
        Reply sent = api.post(ApiFixture.OFFICER, LIBRARY + "/" + id + "/disseminations",
                ApiClient.json(Map.of("audience", unit("IBRD"), "channels", List.of("EMAIL"))));
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
        assertThat(sent.json().path("documentVersion").asInt()).isEqualTo(1);
        Reply snapshot = api.get(ApiFixture.STAFF, LIBRARY + "/" + id + "/versions/1/content");
        assertThat(snapshot.status()).as(snapshot.raw().body()).isEqualTo(200);
        assertThat(snapshot.raw().body()).contains("# Restricted areas");
        assertThat(api.get(ApiFixture.OFFICER, LIBRARY + "/" + id).json().path("versions")).hasSize(1);
        Reply ack = api.post(ApiFixture.STAFF, "/api/v1/documents/disseminations/" + sent.json().path("id").asText()
                + "/acknowledgement", null);
        assertThat(ack.status()).as(ack.raw().body()).isEqualTo(200);
    }

    @Test
    void overdue_reviews_are_listed_after_their_date() {
        created(document("SOP", "Visitor access", "OFFICE", null));
        Reply later = api.get(ApiFixture.OFFICER, "/api/v1/documents/reviews/overdue?at=2026-07-01T00:00:00Z");
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.json().path("items").findValuesAsText("title")).contains("Visitor access");
        assertThat(api.get(ApiFixture.OFFICER, "/api/v1/documents/reviews/overdue?at=yesterday").status())
                .isEqualTo(400);
    }
}
