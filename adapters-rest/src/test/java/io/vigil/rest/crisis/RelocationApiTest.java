package io.vigil.rest.crisis;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every relocation route over HTTP: the arrangements, a declaration whose list keeps a household of
 * four together in the shortfall when three seats are left, tracking until everyone is accounted
 * for, bad input (400 naming each field) and denials (403).
 */
class RelocationApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/crisis";

    private String sponsor;
    private final List<String> household = new ArrayList<>();

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static Map<String, Object> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    private String person(String given, String category, String sponsorId) {
        String body = ApiFixture.person(given, "Relocada", category);
        if (sponsorId != null) {
            body = body.replaceFirst("\\{", "{\"sponsor\":\"" + sponsorId + "\",");
        }
        Reply r = api.post(OFFICER, "/api/v1/persons", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private void residence(String occupant, List<String> members, double lat, double lon) {
        Map<String, Object> body = new HashMap<>();
        body.put("occupant", occupant);
        body.put("household", members);
        body.put("address", Map.of("street", "Calle Norte " + occupant.substring(0, 4), "city", "Querétaro",
                "country", "MX"));
        body.put("location", point(lat, lon));
        body.put("movedIn", "2025-06-01T00:00:00Z");
        Reply r = api.post(OFFICER, "/api/v1/residences", ApiClient.json(body));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    private static Map<String, Object> area(String code) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("code", code);
        a.put("name", "Querétaro norte");
        a.put("outline", List.of(point(20.55, -100.45), point(20.55, -100.35), point(20.65, -100.35),
                point(20.65, -100.45)));
        a.put("assemblyPoints", List.of(
                Map.of("name", "Parking A", "point", point(20.60, -100.40), "capacity", 80,
                        "contacts", List.of("Warden +52 442 000 0001")),
                Map.of("name", "School yard", "point", point(20.61, -100.41), "capacity", 200)));
        a.put("safeHavens", List.of(Map.of("name", "Hotel San Miguel", "point", point(20.91, -100.74),
                "capacity", 60)));
        a.put("routes", List.of(Map.of("name", "Highway 57", "kind", "PRIMARY", "from", "Parking A",
                "to", "Hotel San Miguel", "points", List.of(point(20.60, -100.40), point(20.91, -100.74)))));
        a.put("transport", List.of(Map.of("name", "Van 1", "kind", "VAN", "seats", 3, "provider", "Office fleet")));
        return a;
    }

    @BeforeAll
    void aHouseholdOfFourAndOneStaffMemberInTheArea() {
        sponsor = person("Marta", "INTERNATIONAL_STAFF", null);
        for (String child : List.of("Ana", "Beto", "Carla")) {
            household.add(person(child, "DEPENDENT", sponsor));
        }
        residence(sponsor, household, 20.60, -100.40);
        residence(fixture.staffPerson.toString(), List.of(), 20.62, -100.38);
    }

    private String arrangements() {
        Reply read = api.get(STAFF, BASE + "/relocation-plan");
        assertThat(read.status()).as("every member reads where to gather and go").isEqualTo(200);
        if (read.json().path("version").asLong() > 0) {
            return read.etag();
        }
        Map<String, Object> body = Map.of("areas", List.of(area("QRO-N")),
                "priority", List.of("DEPENDENT", "MISSION_VISITOR", "CONSULTANT", "INTERNATIONAL_STAFF",
                        "NATIONAL_STAFF"));
        assertThat(api.put(MANAGER, BASE + "/relocation-plan", ApiClient.json(body), read.etag()).status())
                .isEqualTo(403);
        Reply set = api.put(ASSOCIATE, BASE + "/relocation-plan", ApiClient.json(body), read.etag());
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
        return set.etag();
    }

    private JsonNode declare() {
        arrangements();
        Reply r = api.post(ASSOCIATE, BASE + "/relocations", ApiClient.json(Map.of("kind", "RELOCATION",
                "area", "QRO-N", "haven", "hotel san miguel")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void the_arrangements_are_set_at_their_version_and_bad_input_names_every_field() {
        String etag = arrangements();
        Map<String, Object> bad = new LinkedHashMap<>(area("bad code!"));
        bad.put("transport", List.of(Map.of("name", "", "kind", "VAN", "seats", 0, "provider", "x")));
        Map<String, Object> zoned = new LinkedHashMap<>(area("ZONED"));
        zoned.remove("outline");
        zoned.put("zone", "Z-NOWHERE");
        Reply invalid = api.put(ASSOCIATE, BASE + "/relocation-plan", ApiClient.json(Map.of("areas",
                List.of(bad), "priority", List.of("DEPENDENT"))), etag);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(fields(invalid)).contains("areas[0].code", "areas[0].transport[0].name",
                "areas[0].transport[0].seats", "priority");
        assertThat(invalid.raw().body()).doesNotContain("io.vigil", "java.");
        Reply unknownZone = api.put(ASSOCIATE, BASE + "/relocation-plan", ApiClient.json(Map.of("areas",
                List.of(area("QRO-N"), zoned))), etag);
        assertThat(unknownZone.status()).isEqualTo(400);
        assertThat(fields(unknownZone)).containsExactly("areas[1].zone");
        Reply twice = api.put(ASSOCIATE, BASE + "/relocation-plan", ApiClient.json(Map.of("areas",
                List.of(area("QRO-N"), area("qro-n")))), etag);
        assertThat(fields(twice)).containsExactly("areas");
        assertThat(api.put(ASSOCIATE, BASE + "/relocation-plan", ApiClient.json(Map.of("areas", List.of())),
                "\"99\"").status()).isEqualTo(412);
        JsonNode plan = api.get(MANAGER, BASE + "/relocation-plan").json();
        assertThat(plan.path("areas")).hasSize(1);
        assertThat(plan.path("areas").get(0).path("assemblyPoints")).hasSize(2);
        assertThat(plan.path("areas").get(0).path("safeHavens").get(0).path("name").asText())
                .isEqualTo("Hotel San Miguel");
    }

    @Test
    void a_household_of_four_with_three_seats_is_in_the_shortfall_whole_and_the_single_traveller_is_seated() {
        JsonNode r = declare();
        JsonNode counts = r.path("counts");
        assertThat(counts.path("persons").asInt()).isEqualTo(5);
        assertThat(counts.path("households").asInt()).isEqualTo(2);
        assertThat(counts.path("seats").asInt()).isEqualTo(3);
        assertThat(counts.path("seated").asInt()).isEqualTo(1);
        assertThat(counts.path("shortfallPersons").asInt()).isEqualTo(4);
        assertThat(counts.path("shortfallHouseholds").asInt()).isEqualTo(1);
        assertThat(counts.path("everyoneAccountedFor").asBoolean()).isFalse();
        Map<String, String> seats = new HashMap<>();
        r.path("evacuees").forEach(e -> seats.put(e.path("person").asText(), e.path("transport").asText("none")));
        assertThat(seats).containsEntry(fixture.staffPerson.toString(), "Van 1").containsEntry(sponsor, "none");
        household.forEach(d -> assertThat(seats).containsEntry(d, "none"));
        assertThat(r.path("evacuees").get(0).path("category").asText()).as("dependents' household first")
                .isEqualTo("DEPENDENT");
        assertThat(r.path("haven").asText()).isEqualTo("Hotel San Miguel");
    }

    @Test
    void managers_read_figures_naming_nobody_and_only_security_roles_and_the_soc_read_the_list() {
        String id = declare().path("id").asText();
        assertThat(api.get(MANAGER, BASE + "/relocations/" + id).status()).isEqualTo(403);
        assertThat(api.get(STAFF, BASE + "/relocations/" + id).status()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICE, BASE + "/relocations/" + id).status()).isEqualTo(404);
        Reply soc = api.get(SOC, BASE + "/relocations/" + id);
        assertThat(soc.status()).isEqualTo(200);
        assertThat(soc.raw().body()).contains("Marta");
        Reply counts = api.get(MANAGER, BASE + "/relocations/" + id + "/counts");
        assertThat(counts.status()).as(counts.raw().body()).isEqualTo(200);
        assertThat(counts.json().path("shortfallHouseholdSizes").get(0).asInt()).isEqualTo(4);
        assertThat(counts.raw().body()).doesNotContain("Marta", "Relocada", sponsor);
        Reply list = api.get(MANAGER, BASE + "/relocations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().body()).doesNotContain("Marta", sponsor);
        assertThat(api.get(STAFF, BASE + "/relocations/" + id + "/counts").status()).isEqualTo(403);
        Reply mine = api.get(STAFF, BASE + "/relocations/" + id + "/mine");
        assertThat(mine.status()).as(mine.raw().body()).isEqualTo(200);
        assertThat(mine.json().path("entries")).hasSize(1);
        assertThat(mine.json().path("entries").get(0).path("person").asText())
                .isEqualTo(fixture.staffPerson.toString());
        assertThat(api.get(SOC, BASE + "/relocations/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void declaring_refuses_bad_input_naming_every_field_and_is_for_security_roles_and_the_soc() {
        arrangements();
        Reply none = api.post(ASSOCIATE, BASE + "/relocations", ApiClient.json(Map.of("area", "")));
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).contains("kind", "area", "haven");
        Reply unknown = api.post(ASSOCIATE, BASE + "/relocations", ApiClient.json(Map.of("kind", "EVACUATION",
                "area", "NOPE", "haven", "x", "activation", "not-an-id",
                "at", fixture.clock.instant().plus(Duration.ofDays(30)).toString())));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactlyInAnyOrder("area", "at", "activation");
        Reply haven = api.post(ASSOCIATE, BASE + "/relocations", ApiClient.json(Map.of("kind", "EVACUATION",
                "area", "QRO-N", "haven", "Airport")));
        assertThat(fields(haven)).containsExactly("haven");
        assertThat(haven.json().path("errors").get(0).path("message").asText()).contains("Hotel San Miguel");
        Reply activation = api.post(ASSOCIATE, BASE + "/relocations", ApiClient.json(Map.of("kind", "EVACUATION",
                "area", "QRO-N", "haven", "Hotel San Miguel", "activation", "00000000-0000-0000-0000-000000000001")));
        assertThat(fields(activation)).containsExactly("activation");
        String good = ApiClient.json(Map.of("kind", "RELOCATION", "area", "QRO-N", "haven", "Hotel San Miguel"));
        assertThat(api.post(MANAGER, BASE + "/relocations", good).status()).isEqualTo(403);
        assertThat(api.post(STAFF, BASE + "/relocations", good).status()).isEqualTo(403);
        assertThat(api.post(SOC, BASE + "/relocations", good).status()).isEqualTo(201);
    }

    @Test
    void states_are_tracked_until_everyone_is_accounted_for_and_earlier_ones_are_kept() {
        String id = declare().path("id").asText();
        String path = BASE + "/relocations/" + id + "/status";
        String lucia = fixture.staffPerson.toString();
        assertThat(api.post(STAFF, path, ApiClient.json(Map.of("person", lucia, "status", "MOVED"))).status())
                .isEqualTo(403);
        assertThat(api.post(MANAGER, path, ApiClient.json(Map.of("person", lucia, "status", "MOVED"))).status())
                .isEqualTo(403);
        Reply noReason = api.post(SOC, path, ApiClient.json(Map.of("person", sponsor, "status", "NOT_FOUND")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("note");
        Reply notOnList = api.post(SOC, path, ApiClient.json(Map.of("person", "00000000-0000-0000-0000-0000000000ff",
                "status", "MOVED")));
        assertThat(fields(notOnList)).containsExactly("person");
        Reply bad = api.post(SOC, path, ApiClient.json(Map.of("person", "x", "status", "GONE")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().body()).doesNotContain("io.vigil", "java.");
        Reply notFound = api.post(SOC, path, ApiClient.json(Map.of("person", sponsor, "status", "NOT_FOUND",
                "note", "not at home")));
        assertThat(notFound.status()).as(notFound.raw().body()).isEqualTo(200);
        assertThat(notFound.json().path("counts").path("notFound").asInt()).isEqualTo(1);
        Reply found = api.post(SOC, path, ApiClient.json(Map.of("person", sponsor, "status", "MOVED",
                "note", "found at the school, driven out")));
        assertThat(found.json().path("entry").path("changes")).extracting(c -> c.path("status").asText())
                .containsExactly("NOT_FOUND", "MOVED");
        for (String p : List.of(sponsor, household.get(0), household.get(1), household.get(2), lucia)) {
            Reply r = api.post(ASSOCIATE, path, ApiClient.json(Map.of("person", p, "status", "ARRIVED")));
            assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        }
        JsonNode counts = api.get(MANAGER, BASE + "/relocations/" + id + "/counts").json().path("counts");
        assertThat(counts.path("arrived").asInt()).isEqualTo(5);
        assertThat(counts.path("everyoneAccountedFor").asBoolean()).isTrue();
        Reply again = api.post(SOC, path, ApiClient.json(Map.of("person", lucia, "status", "ARRIVED")));
        assertThat(again.json().path("entry").path("changes")).as("the same state is not recorded twice").hasSize(1);
    }
}
