package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.INTEGRATION;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.STAFF;
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
}
