package io.vigil.rest.risk;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
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

class FacilityApiTest extends ApiTestBase {
    private static Map<String, Object> asset(String tag, String kind, int testEveryDays) {
        Map<String, Object> a = new HashMap<>();
        a.put("tag", tag);
        a.put("kind", kind);
        a.put("description", kind + " at the main gate");
        a.put("procurement", Map.of("supplier", "Seguridad SA", "purchased", "2025-12-01T00:00:00Z",
                "reference", "PO-1"));
        a.put("maintenanceEveryDays", 365);
        a.put("testEveryDays", testEveryDays);
        a.put("checks", List.of());
        return a;
    }

    private static String facility(String name, String kind, List<Map<String, Object>> assets) {
        Map<String, Object> f = new HashMap<>();
        f.put("name", name);
        f.put("kind", kind);
        f.put("address", "Insurgentes Sur 1605");
        f.put("location", Map.of("latitude", 19.366, "longitude", -99.183));
        f.put("assets", assets);
        return ApiClient.json(f);
    }

    @Test
    void overdue_tests_show_up_and_recording_a_test_clears_them() {
        Reply office = api.post(ASSOCIATE, "/api/v1/facilities", facility("IBRD office", "OFFICE",
                List.of(asset("CCTV-1", "CCTV", 30), asset("WTMD-1", "WALK_THROUGH_METAL_DETECTOR", 365))));
        assertThat(office.status()).as(office.raw().body()).isEqualTo(201);
        assertThat(office.json().path("assets").get(0).path("system").asBoolean()).isTrue();
        Reply due = api.get(MANAGER, "/api/v1/facilities/due?days=0");
        List<String> overdue = new ArrayList<>();
        due.json().path("items").forEach(d -> overdue.add(d.path("assetTag").asText() + " "
                + d.path("check").asText() + " " + d.path("overdue").asBoolean()));
        assertThat(overdue).containsExactly("CCTV-1 TEST true");
        Reply tested = api.send(ASSOCIATE, "POST", office.header("Location") + "/checks", ApiClient.json(Map.of(
                "assetTag", "CCTV-1", "result", Map.of("kind", "TEST", "at", "2026-02-28T10:00:00Z", "passed", true,
                        "notes", "all 12 cameras recording"))), "application/json", office.etag());
        assertThat(tested.status()).as(tested.raw().body()).isEqualTo(200);
        assertThat(api.get(MANAGER, "/api/v1/facilities/due?days=0").json().path("items")).isEmpty();
        Reply unknown = api.send(ASSOCIATE, "POST", office.header("Location") + "/checks", ApiClient.json(Map.of(
                "assetTag", "NOPE", "result", Map.of("kind", "TEST", "at", "2026-02-28T10:00:00Z", "passed", true))),
                "application/json", tested.etag());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("assetTag");
        assertThat(api.get(MANAGER, "/api/v1/facilities/due?days=999").status()).isEqualTo(400);
    }

    @Test
    void residences_are_need_to_know_and_surveys_find_the_non_compliant_ones() {
        Reply home = api.post(ASSOCIATE, "/api/v1/facilities", facility("Residence in Coyoacán", "RESIDENCE",
                List.of()));
        assertThat(home.status()).isEqualTo(201);
        assertThat(api.get(MANAGER, home.header("Location")).status()).as("managers never see residences")
                .isEqualTo(403);
        List<String> managerSees = new ArrayList<>();
        api.get(MANAGER, "/api/v1/facilities").json().path("items")
                .forEach(f -> managerSees.add(f.path("kind").asText()));
        assertThat(managerSees).doesNotContain("RESIDENCE");
        assertThat(api.get(MANAGER, "/api/v1/facilities/non-compliant-residences").status()).isEqualTo(403);

        String survey = ApiClient.json(Map.of("surveyedAt", "2026-02-20T10:00:00Z", "surveyor", "associate",
                "checklist", List.of(Map.of("item", "Guard on duty 24/7", "compliant", false, "note", "none at night"),
                        Map.of("item", "Exterior lighting", "compliant", true, "note", ""))));
        Reply surveyed = api.send(ASSOCIATE, "POST", home.header("Location") + "/surveys", survey, "application/json",
                home.etag());
        assertThat(surveyed.status()).as(surveyed.raw().body()).isEqualTo(200);
        assertThat(surveyed.json().path("compliant").asBoolean()).isFalse();
        JsonNode failing = api.get(ASSOCIATE, "/api/v1/facilities/non-compliant-residences").json().path("items");
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).path("name").asText()).isEqualTo("Residence in Coyoacán");

        Reply office = api.post(ASSOCIATE, "/api/v1/facilities", facility("Warehouse", "WAREHOUSE", List.of()));
        Reply refused = api.send(ASSOCIATE, "POST", office.header("Location") + "/surveys", survey,
                "application/json", office.etag());
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void a_facility_is_read_replaced_and_deleted_keeping_its_surveys() {
        Reply home = api.post(ASSOCIATE, "/api/v1/facilities", facility("Residence in Roma", "RESIDENCE", List.of()));
        String location = home.header("Location");
        String survey = ApiClient.json(Map.of("surveyedAt", "2026-02-20T10:00:00Z", "surveyor", "associate",
                "checklist", List.of(Map.of("item", "Exterior lighting", "compliant", true, "note", ""))));
        Reply surveyed = api.send(ASSOCIATE, "POST", location + "/surveys", survey, "application/json", home.etag());
        Reply replaced = api.put(ASSOCIATE, location, facility("Residence in Roma Norte", "RESIDENCE", List.of()),
                surveyed.etag());
        assertThat(replaced.status()).as(replaced.raw().body()).isEqualTo(200);
        assertThat(replaced.json().path("surveys")).hasSize(1);
        assertThat(replaced.json().path("compliant").asBoolean()).isTrue();
        assertThat(api.get(ASSOCIATE, location).json().path("name").asText()).isEqualTo("Residence in Roma Norte");
        assertThat(api.delete(MANAGER, location, replaced.etag()).status()).isEqualTo(403);
        assertThat(api.delete(ASSOCIATE, location, replaced.etag()).status()).isEqualTo(204);
    }

    @Test
    void duplicate_asset_tags_are_refused_naming_the_field() {
        Reply r = api.post(ASSOCIATE, "/api/v1/facilities", facility("Twice", "OFFICE",
                List.of(asset("X", "RADIO", 30), asset("X", "ECM", 30))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("assets");
    }

    @Test
    void listing_facilities_with_residences_is_an_audited_residence_read() {
        Reply home = api.post(ASSOCIATE, "/api/v1/facilities", facility("Residence in Narvarte", "RESIDENCE",
                List.of()));
        assertThat(api.get(ASSOCIATE, "/api/v1/facilities").status()).isEqualTo(200);
        assertThat(api.delete(ASSOCIATE, home.header("Location"), home.etag()).status()).isEqualTo(204);
        List<String> reads = new ArrayList<>();
        api.get(ApiFixture.OFFICER, "/api/v1/audit?actor=associate&limit=100").json().path("items")
                .forEach(e -> reads.add(e.path("dataClass").asText() + " " + e.path("resourceId").asText()));
        assertThat(reads).contains("RESIDENCE facility list");
    }
}
