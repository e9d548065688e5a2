package io.vigil.rest.risk;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestrictedAreaApiTest extends ApiTestBase {
    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private static String area(String name, double lat, double lon, List<String> rules, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("outline", List.of(point(lat, lon), point(lat, lon + 0.1), point(lat + 0.1, lon + 0.1),
                point(lat + 0.1, lon)));
        body.put("rules", rules);
        body.put("reason", "criminal groups");
        body.put("validFrom", from);
        body.put("validTo", to);
        return ApiClient.json(body);
    }

    private static String query(List<Map<String, Object>> route, String at) {
        return ApiClient.json(Map.of("route", route, "at", at));
    }

    private List<String> names(Reply r) {
        List<String> names = new ArrayList<>();
        r.json().path("items").forEach(i -> names.add(i.path("name").asText()));
        return names;
    }

    @Test
    void the_rules_that_apply_at_a_point_or_along_a_route_at_a_time() {
        assertThat(api.post(ASSOCIATE, "/api/v1/restricted-areas", area("Tierra Caliente", 18.0, -101.0,
                List.of("FORBIDDEN"), "2026-01-01T00:00:00Z", null)).status()).isEqualTo(201);
        assertThat(api.post(ASSOCIATE, "/api/v1/restricted-areas", area("Sierra road", 18.5, -101.0,
                List.of("ESCORT_NEEDED", "DAYLIGHT_ONLY"), "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"))
                .status()).isEqualTo(201);
        Reply inside = api.post(STAFF, "/api/v1/restricted-areas/applicable",
                query(List.of(point(18.05, -100.95)), "2026-03-01T00:00:00Z"));
        assertThat(inside.status()).as(inside.raw().body()).isEqualTo(403);
        Reply here = api.post(MANAGER, "/api/v1/restricted-areas/applicable",
                query(List.of(point(18.05, -100.95)), "2026-03-01T00:00:00Z"));
        assertThat(names(here)).containsExactly("Tierra Caliente");
        Reply route = api.post(MANAGER, "/api/v1/restricted-areas/applicable",
                query(List.of(point(17.5, -100.95), point(19.0, -100.95)), "2026-01-15T00:00:00Z"));
        assertThat(names(route)).containsExactly("Sierra road", "Tierra Caliente");
        Reply expired = api.post(MANAGER, "/api/v1/restricted-areas/applicable",
                query(List.of(point(17.5, -100.95), point(19.0, -100.95)), "2026-03-01T00:00:00Z"));
        assertThat(names(expired)).containsExactly("Tierra Caliente");
        assertThat(api.post(MANAGER, "/api/v1/restricted-areas/applicable", query(List.of(), "2026-03-01T00:00:00Z"))
                .status()).isEqualTo(400);
    }

    @Test
    void an_area_is_read_replaced_and_deleted_with_etags() {
        Reply created = api.post(ASSOCIATE, "/api/v1/restricted-areas", area("Temporary", 5, 5, List.of("FORBIDDEN"),
                "2026-01-01T00:00:00Z", null));
        String location = created.header("Location");
        assertThat(api.get(MANAGER, location).json().path("name").asText()).isEqualTo("Temporary");
        Reply replaced = api.put(ASSOCIATE, location, area("Temporary, widened", 5, 5, List.of("ESCORT_NEEDED"),
                "2026-01-01T00:00:00Z", null), created.etag());
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("rules").toString()).contains("ESCORT_NEEDED").doesNotContain("FORBIDDEN");
        assertThat(api.delete(ASSOCIATE, location, created.etag()).status()).isEqualTo(412);
        assertThat(api.delete(ASSOCIATE, location, replaced.etag()).status()).isEqualTo(204);
        assertThat(api.get(MANAGER, location).status()).isEqualTo(404);
    }

    @Test
    void bad_areas_are_refused_naming_the_field_and_managers_cannot_write() {
        Reply noRules = api.post(ASSOCIATE, "/api/v1/restricted-areas", area("Empty", 10, 10, List.of(),
                "2026-01-01T00:00:00Z", null));
        assertThat(noRules.status()).isEqualTo(400);
        assertThat(noRules.json().path("errors").get(0).path("field").asText()).isEqualTo("rules");
        Reply backwards = api.post(ASSOCIATE, "/api/v1/restricted-areas", area("Backwards", 10, 10,
                List.of("FORBIDDEN"), "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"));
        assertThat(backwards.json().path("errors").get(0).path("field").asText()).isEqualTo("validTo");
        assertThat(api.post(MANAGER, "/api/v1/restricted-areas", area("Nope", 10, 10, List.of("FORBIDDEN"),
                "2026-01-01T00:00:00Z", null)).status()).isEqualTo(403);
    }

    @Test
    void geojson_round_trips_and_a_bad_feature_imports_nothing() {
        String collection = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-99.0,17.0],[-98.9,17.0],[-98.9,17.1],[-99.0,17.1],[-99.0,17.0]]]},
                  "properties":{"name":"Imported A","rules":["CLEARANCE_NEEDED"],"validFrom":"2026-01-01T00:00:00Z"}},
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-98.0,17.0],[-97.9,17.0],[-97.9,17.1],[-98.0,17.0]]]},
                  "properties":{"name":"Imported B","rules":["escort_needed"],"validFrom":"2026-01-01T00:00:00Z"}}]}
                """;
        Reply imported = api.send(OFFICER, "POST", "/api/v1/restricted-areas/geojson", collection,
                "application/geo+json", null);
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        assertThat(imported.json().path("items")).hasSize(2);
        Reply exported = api.get(MANAGER, "/api/v1/restricted-areas/geojson");
        assertThat(exported.contentType()).startsWith("application/geo+json");
        assertThat(exported.raw().body()).contains("Imported A").contains("\"Polygon\"").contains("-99.0");

        String bad = collection.replace("\"escort_needed\"", "\"teleport\"").replace("Imported", "Bad");
        Reply refused = api.send(OFFICER, "POST", "/api/v1/restricted-areas/geojson", bad, "application/geo+json",
                null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText())
                .isEqualTo("features[1].properties.rules");
        assertThat(api.get(MANAGER, "/api/v1/restricted-areas/geojson").raw().body()).doesNotContain("Bad A");
        Reply notGeo = api.send(OFFICER, "POST", "/api/v1/restricted-areas/geojson", "{\"type\":\"Point\"}",
                "application/geo+json", null);
        assertThat(notGeo.status()).isEqualTo(400);
    }
}
