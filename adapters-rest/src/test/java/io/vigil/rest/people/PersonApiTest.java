package io.vigil.rest.people;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.OTHER_OFFICE;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiFixture;
import io.vigil.rest.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PersonApiTest extends ApiTestBase {
    @Override
    protected Optional<RosterImporter> importer() {
        return Optional.of((actor, csv) -> {
            throw new IllegalStateException("not used here");
        });
    }


    private Reply create(String given) {
        Reply r = api.post(OFFICER, "/api/v1/persons", ApiFixture.person(given, "Ramírez", "INTERNATIONAL_STAFF"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r;
    }

    private static void assertProblem(Reply r, int status) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asText()).isNotBlank();
        assertThat(r.raw().body()).doesNotContain("at io.").doesNotContain("Exception")
                .doesNotContain("io.vigil.");
    }

    @Test
    void health_needs_no_token() {
        Reply r = api.get(null, "/api/v1/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void missing_or_unknown_token_is_401_problem_with_challenge() {
        Reply none = api.get(null, "/api/v1/persons");
        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.get("not-a-token", "/api/v1/persons"), 401);
    }

    @Test
    void create_read_replace_delete_with_etags() {
        Reply created = create("Ana");
        JsonNode body = created.json();
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/persons/" + body.path("id").asText());
        assertThat(created.etag()).isEqualTo("\"" + body.path("version").asLong() + "\"");

        Reply read = api.get(OFFICER, location);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("givenName").asText()).isEqualTo("Ana");
        assertThat(read.json().path("contacts").get(0).path("kind").asText()).isEqualTo("PHONE");
        assertThat(read.etag()).isEqualTo(created.etag());

        String changed = ApiFixture.person("Ana María", "Ramírez", "INTERNATIONAL_STAFF");
        assertProblem(api.put(OFFICER, location, changed, null), 428);
        Reply updated = api.put(OFFICER, location, changed, created.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isNotEqualTo(created.etag());
        Reply stale = api.put(OFFICER, location, ApiFixture.person("Stale", "Write", "CONSULTANT"), created.etag());
        assertProblem(stale, 412);
        assertThat(api.get(OFFICER, location).json().path("givenName").asText()).isEqualTo("Ana María");

        assertProblem(api.delete(OFFICER, location, created.etag()), 412);
        assertThat(api.delete(OFFICER, location, updated.etag()).status()).isEqualTo(204);
        assertProblem(api.get(OFFICER, location), 404);
    }

    @Test
    void malformed_json_is_400_problem() {
        Reply r = api.post(OFFICER, "/api/v1/persons", "{\"givenName\": \"Ana\",");
        assertProblem(r, 400);
        assertThat(r.json().path("type").asText()).endsWith("malformed-json");
    }

    @Test
    void unknown_field_is_400_naming_the_field() {
        String body = ApiFixture.person("Ana", "Ruiz", "CONSULTANT").replaceFirst("\\{", "{\"nickname\":\"Anita\",");
        Reply r = api.post(OFFICER, "/api/v1/persons", body);
        assertProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("nickname");
    }

    @Test
    void violated_constraints_are_400_naming_each_field() {
        Reply r = api.post(OFFICER, "/api/v1/persons",
                "{\"givenName\":\" \",\"familyName\":\"Ruiz\",\"orgUnit\":\"IBRD\"}");
        assertProblem(r, 400);
        List<String> fields = StreamSupport.stream(r.json().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText()).toList();
        assertThat(fields).contains("givenName", "category");
    }

    @Test
    void wrong_enum_value_is_400_naming_the_field() {
        Reply r = api.post(OFFICER, "/api/v1/persons", ApiFixture.person("Ana", "Ruiz", "ASTRONAUT"));
        assertProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("category");
    }

    @Test
    void malformed_reference_is_400_naming_the_field() {
        String body = ApiFixture.person("Ana", "Ruiz", "DEPENDENT").replaceFirst("\\{", "{\"sponsor\":\"xyz\",");
        Reply r = api.post(OFFICER, "/api/v1/persons", body);
        assertProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("sponsor");
        Reply wrongShape = api.post(OFFICER, "/api/v1/persons", "[1, 2]");
        assertProblem(wrongShape, 400);
    }

    @Test
    void a_preferred_language_is_kept_and_an_unsupported_one_is_400_naming_the_field() {
        String french = ApiFixture.person("Jean", "Ngaba", "NATIONAL_STAFF").replaceFirst("\\{",
                "{\"language\":\"fr\",");
        Reply created = api.post(OFFICER, "/api/v1/persons", french);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(api.get(OFFICER, created.header("Location")).json().path("language").asText()).isEqualTo("fr");
        assertThat(create("Nadie").json().path("language").isNull()).as("none given: the office's default").isTrue();

        String german = ApiFixture.person("Jana", "Ruiz", "CONSULTANT").replaceFirst("\\{", "{\"language\":\"de\",");
        Reply r = api.post(OFFICER, "/api/v1/persons", german);
        assertProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("language");
        assertThat(r.json().path("errors").get(0).path("message").asText()).contains("en, es, fr");
    }

    @Test
    void wrong_media_type_is_415() {
        assertProblem(api.send(OFFICER, "POST", "/api/v1/persons", "givenName=Ana", "text/plain", null), 415);
    }

    @Test
    void failed_update_leaves_the_stored_person_unchanged() {
        Reply created = create("Berta");
        String location = created.header("Location");
        assertProblem(api.put(OFFICER, location, "{\"givenName\":\"\"}", created.etag()), 400);
        Reply read = api.get(OFFICER, location);
        assertThat(read.etag()).isEqualTo(created.etag());
        assertThat(read.json().path("givenName").asText()).isEqualTo("Berta");
    }

    @Test
    void paging_bounds_and_totals() {
        for (int i = 0; i < 3; i++) {
            create("Paged" + i);
        }
        Reply page = api.get(OFFICER, "/api/v1/persons?limit=2&q=Paged");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items")).hasSize(2);
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        Reply rest = api.get(OFFICER, "/api/v1/persons?limit=2&offset=2&q=Paged");
        assertThat(rest.json().path("items")).hasSize(1);
        assertThat(api.get(OFFICER, "/api/v1/persons?category=CONSULTANT&q=Paged").json().path("total").asLong())
                .isZero();
        Reply zero = api.get(OFFICER, "/api/v1/persons?limit=0");
        assertProblem(zero, 400);
        assertThat(zero.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");
        assertProblem(api.get(OFFICER, "/api/v1/persons?offset=-1"), 400);
        assertProblem(api.get(OFFICER, "/api/v1/persons?limit=ten"), 400);
        assertProblem(api.get(OFFICER, "/api/v1/persons?category=ASTRONAUT"), 400);
    }

    @Test
    void staff_are_refused_the_office_list_with_the_policy_reason() {
        Reply r = api.get(STAFF, "/api/v1/persons");
        assertProblem(r, 403);
        assertThat(r.json().path("detail").asText()).contains("staff see only their own records");
    }

    @Test
    void staff_read_themselves_and_manager_sees_profile_without_contacts() {
        String self = "/api/v1/persons/" + fixture.staffPerson;
        assertThat(api.get(STAFF, self).status()).isEqualTo(200);
        String other = create("Carla").header("Location");
        assertProblem(api.get(STAFF, other), 404);
        Reply managerView = api.get(MANAGER, other);
        assertThat(managerView.status()).isEqualTo(200);
        assertThat(managerView.json().path("contacts")).isEmpty();
        assertThat(managerView.json().path("withheld").toString()).contains("CONTACT");
    }

    @Test
    void another_office_cannot_see_the_person() {
        String location = create("Dora").header("Location");
        Reply r = api.get(OTHER_OFFICE, location);
        assertThat(r.status()).isIn(403, 404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void dependents_are_listed_under_their_sponsor() {
        String sponsorId = create("Elena").json().path("id").asText();
        String dependent = ApiClient.json(Map.of("givenName", "Mateo", "familyName", "Ramírez",
                "category", "DEPENDENT", "orgUnit", "IBRD", "sponsor", sponsorId));
        assertThat(api.post(OFFICER, "/api/v1/persons", dependent).status()).isEqualTo(201);
        Reply list = api.get(OFFICER, "/api/v1/persons/" + sponsorId + "/dependents");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").get(0).path("givenName").asText()).isEqualTo("Mateo");
        assertThat(list.json().path("items").get(0).path("sponsor").asText()).isEqualTo(sponsorId);
    }

    @Test
    void malformed_or_unknown_ids_are_404() {
        assertProblem(api.get(OFFICER, "/api/v1/persons/not-a-uuid"), 404);
        assertProblem(api.get(OFFICER, "/api/v1/persons/00000000-0000-0000-0000-000000000000"), 404);
        assertProblem(api.get(OFFICER, "/api/v1/persons/00000000-0000-0000-0000-000000000000/position"), 404);
    }

    @Test
    void unknown_routes_and_methods_are_problems() {
        assertProblem(api.get(OFFICER, "/api/v1/nothing-here"), 404);
        assertProblem(api.send(OFFICER, "PATCH", "/api/v1/persons", "{}", "application/json", null), 405);
    }

    @Test
    void csv_import_needs_text_csv() {
        assertProblem(api.post(OFFICER, "/api/v1/persons/import", "{}"), 415);
    }
}
