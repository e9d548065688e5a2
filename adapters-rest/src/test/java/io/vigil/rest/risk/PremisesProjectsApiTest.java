package io.vigil.rest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The premises project routes over HTTP: bad input (400 naming each field), denials, the 409 sign-off, completion. */
class PremisesProjectsApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/risk/premises-projects";

    private String facility() {
        Facility f = fixture.risk.facilities().create(Actor.of("officer", ApiFixture.OFFICE, Role.SECURITY_OFFICER),
                new FacilityDetails("IFC office", FacilityKind.OFFICE, "Paseo de la Reforma",
                        GeoPoint.of(19.427, -99.1676), null, List.of()));
        return f.id().toString();
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private JsonNode project() {
        Reply r = api.post(ApiFixture.ASSOCIATE, BASE, ApiClient.json(Map.of("title", "IFC renovation", "kind",
                "RENOVATION", "facility", facility(), "phases", List.of(Map.of("name", "works", "start",
                        "2026-03-01", "end", "2026-06-30")), "installs", List.of(Map.of("tag", "CCTV-1", "kind", "CCTV",
                        "description", "perimeter cameras", "supplier", "SeguriTec", "reference", "PO-1",
                        "maintenanceEveryDays", 180, "testEveryDays", 30)))));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    private Reply post(String token, JsonNode p, String path, Object body) {
        return api.send(token, "POST", BASE + "/" + p.path("id").asText() + path,
                body == null ? null : ApiClient.json(body), body == null ? null : "application/json",
                "\"" + p.path("version").asLong() + "\"");
    }

    @Test
    void bad_details_are_a_400_naming_every_field() {
        Reply r = api.post(ApiFixture.ASSOCIATE, BASE, ApiClient.json(Map.of("title", "", "phases", List.of())));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("title", "kind", "facility", "phases");
        assertThat(r.raw().body()).doesNotContain("io.vigil");
    }

    @Test
    void a_conditional_approval_blocks_the_sign_off_with_a_409_until_its_condition_is_closed() {
        JsonNode p = project();
        assertThat(post(ApiFixture.ASSOCIATE, p, "/advice", Map.of("phase", "works", "decision", "APPROVE",
                "reasons", List.of("fine"))).status()).isEqualTo(403);
        JsonNode advised = post(ApiFixture.OFFICER, p, "/advice", Map.of("phase", "works", "decision",
                "APPROVE_WITH_CONDITIONS", "reasons", List.of("the plan keeps the safe room"), "conditions",
                List.of("laminated glazing on the facade"))).json();
        assertThat(advised.path("openConditions").asInt()).isEqualTo(1);
        Reply refused = post(ApiFixture.OFFICER, advised, "/sign-off", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw().body()).contains("open condition 1 (works): laminated glazing on the facade");
        Reply closed = post(ApiFixture.ASSOCIATE, advised, "/conditions/1/closure", Map.of("evidence", "GC-9"));
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        Reply signed = post(ApiFixture.OFFICER, closed.json(), "/sign-off", null);
        assertThat(signed.status()).as(signed.raw().body()).isEqualTo(200);
        assertThat(signed.json().path("signedOff").path("by").asText()).isEqualTo("officer");
        Reply facility = api.get(ApiFixture.OFFICER, "/api/v1/facilities/" + p.path("facility").asText());
        assertThat(facility.json().path("assets").findValuesAsText("tag")).containsExactly("CCTV-1");
        assertThat(post(ApiFixture.OFFICER, p, "/conditions/x/closure", Map.of("evidence", "e")).status())
                .isEqualTo(404);
        assertThat(api.get(ApiFixture.STAFF, BASE + "/" + p.path("id").asText()).status()).isEqualTo(403);
    }
}
