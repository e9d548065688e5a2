package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.INTEGRATION;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SOC;
import static io.vigil.rest.ApiFixture.STAFF;
import static io.vigil.rest.ApiFixture.WARDEN;
import static io.vigil.rest.ApiFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Need-to-know over HTTP: what a token may not read, it can neither clear nor learn of. */
class NeedToKnowApiTest extends ApiTestBase {

    private String registerWithEverything() {
        Map<String, Object> body = Map.of("givenName", "Elena", "familyName", "Ortega",
                "category", "NATIONAL_STAFF", "orgUnit", "IBRD",
                "contacts", List.of(Map.of("kind", "PHONE", "value", "+52 55 1234 5678", "label", "mobile")),
                "emergencyContacts", List.of(Map.of("name", "Rosa Ortega", "relationship", "mother",
                        "phone", "+52 55 8765 4321")),
                "specialNeeds", "asthma", "bloodType", "O_NEGATIVE");
        Reply created = api.post(OFFICER, "/api/v1/persons", ApiClient.json(body));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.header("Location");
    }

    /** What a client puts back: the body it read, without the fields the server sets, one field changed. */
    private static String putBack(JsonNode read, String orgUnit) {
        ObjectNode body = read.deepCopy();
        body.remove(List.of("id", "office", "version", "withheld"));
        body.put("orgUnit", orgUnit);
        return body.toString();
    }

    @Test
    void the_integration_token_putting_back_its_redacted_read_keeps_what_it_could_not_see() {
        String location = registerWithEverything();
        Reply seen = api.get(INTEGRATION, location);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().path("withheld").toString()).contains("CONTACT").contains("HEALTH");
        assertThat(seen.json().path("contacts")).isEmpty();

        Reply written = api.put(INTEGRATION, location, putBack(seen.json(), "UNDP"), seen.etag());
        assertThat(written.status()).as(written.raw().body()).isEqualTo(200);

        JsonNode after = api.get(OFFICER, location).json();
        assertThat(after.path("orgUnit").asText()).isEqualTo("UNDP");
        assertThat(after.path("contacts").path(0).path("value").asText()).isEqualTo("+52 55 1234 5678");
        assertThat(after.path("emergencyContacts").path(0).path("name").asText()).isEqualTo("Rosa Ortega");
        assertThat(after.path("specialNeeds").asText()).isEqualTo("asthma");
        assertThat(after.path("bloodType").asText()).isEqualTo("O_NEGATIVE");
    }

    @Test
    void staff_get_404_for_a_person_who_exists_as_for_one_who_does_not() {
        String other = registerWithEverything();
        String nobody = "/api/v1/persons/" + java.util.UUID.randomUUID();
        Reply existing = api.get(STAFF, other);
        Reply missing = api.get(STAFF, nobody);
        assertThat(existing.status()).as(existing.raw().body()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(existing.contentType()).isEqualTo(missing.contentType());
        assertThat(withoutId(existing, other)).isEqualTo(withoutId(missing, nobody));
        assertThat(api.get(STAFF, other + "/dependents").status()).isEqualTo(404);
        assertThat(api.delete(STAFF, other, "\"0\"").status()).isEqualTo(404);
        assertThat(api.get(OFFICER, "/api/v1/audit?actor=lucia&person=" + other.substring(other.lastIndexOf('/') + 1))
                .json().path("items").toString()).as("the refused read is audited").contains("\"granted\":false");
    }

    /** A problem's fields but the instance, with the person's id blanked. */
    private static String withoutId(Reply r, String location) {
        ObjectNode problem = r.json().deepCopy();
        problem.remove("instance");
        return problem.toString().replace(location.substring(location.lastIndexOf('/') + 1), "<id>")
                .replace(location, "<path>");
    }

    private static Map<String, Double> point(double lat, double lon) {
        return Map.of("latitude", lat, "longitude", lon);
    }

    @Test
    void a_warden_asking_for_a_past_roster_is_refused_as_the_person_route_refuses_the_people_on_it() {
        Reply zone = api.post(OFFICER, "/api/v1/warden-zones", ApiClient.json(Map.of("id", ZONE.value(), "name",
                "Norte", "outline", List.of(point(19.44, -99.20), point(19.44, -99.05), point(19.52, -99.05),
                        point(19.52, -99.20)), "warden", fixture.staffPerson.toString(), "alternates", List.of())));
        assertThat(zone.status()).as(zone.raw().body()).isEqualTo(201);
        String former = registerWithEverything();
        Reply home = api.post(OFFICER, "/api/v1/residences", ApiClient.json(Map.of(
                "occupant", former.substring(former.lastIndexOf('/') + 1), "household", List.of(),
                "address", Map.of("street", "Calle Lindavista 12", "district", "Lindavista",
                        "city", "Ciudad de México", "country", "Mexico"),
                "location", point(19.48, -99.13), "movedIn", "2019-01-01T00:00:00Z",
                "movedOut", "2020-01-01T00:00:00Z")));
        assertThat(home.status()).as(home.raw().body()).isEqualTo(201);
        String roster = "/api/v1/warden-zones/" + ZONE.value() + "/roster";
        String past = "?at=2019-06-01T00:00:00Z";

        Reply refused = api.get(WARDEN, roster + past);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("only from 7 days before now");
        assertThat(refused.raw().body()).doesNotContain("+52 55 1234 5678");
        Reply refusedCsv = api.get(WARDEN, roster + ".csv" + past);
        assertThat(refusedCsv.status()).isEqualTo(403);
        assertThat(refusedCsv.raw().body()).doesNotContain("+52 55 1234 5678");
        assertThat(api.get(WARDEN, former).status()).as("the person route refuses them as well").isEqualTo(404);
        assertThat(api.get(WARDEN, roster).status()).as("now is inside the window").isEqualTo(200);

        for (String anyTime : List.of(OFFICER, SOC)) {
            Reply then = api.get(anyTime, roster + past);
            assertThat(then.status()).as(then.raw().body()).isEqualTo(200);
            assertThat(then.json().path("entries").path(0).path("phone").asText()).isEqualTo("+52 55 1234 5678");
        }
    }

    /**
     * As the README's token table says: every token sees the telephone tree (who calls whom) and when
     * each drill ran; a drill's calls (who was reached when) are accountability data, for the
     * security roles, the SOC and managers only.
     */
    @Test
    void every_token_sees_the_telephone_tree_and_only_accountability_readers_a_drills_calls() {
        String root = fixture.staffPerson.toString();
        String callee = registerWithEverything();
        callee = callee.substring(callee.lastIndexOf('/') + 1);
        Reply created = api.post(ASSOCIATE, "/api/v1/phone-trees", ApiClient.json(Map.of("name", "Office tree",
                "root", root, "links", List.of(Map.of("caller", root, "callee", callee, "fallbacks", List.of())))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String tree = created.header("Location");
        String drill = api.post(ASSOCIATE, tree + "/drills", "{\"targetMinutes\":10}").header("Location");
        assertThat(api.post(ASSOCIATE, drill + "/calls", ApiClient.json(Map.of("caller", root, "callee", callee,
                "answered", true))).status()).isEqualTo(200);

        for (String token : List.of(OFFICER, ASSOCIATE, SOC, MANAGER, WARDEN, STAFF, INTEGRATION)) {
            Reply read = api.get(token, tree);
            assertThat(read.status()).as(token).isEqualTo(200);
            assertThat(read.json().path("drills").size()).as(token).isEqualTo(1);
            assertThat(api.get(token, "/api/v1/phone-trees").status()).as(token).isEqualTo(200);
        }
        for (String token : List.of(OFFICER, ASSOCIATE, SOC, MANAGER)) {
            assertThat(api.get(token, drill).status()).as(token).isEqualTo(200);
        }
        for (String token : List.of(WARDEN, STAFF, INTEGRATION)) {
            Reply refused = api.get(token, drill);
            assertThat(refused.status()).as(token).isEqualTo(403);
            assertThat(refused.raw().body()).as(token).doesNotContain(callee);
        }
    }
}
