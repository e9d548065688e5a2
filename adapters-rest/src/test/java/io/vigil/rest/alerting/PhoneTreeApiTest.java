package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.ASSOCIATE;
import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.rest.ApiClient;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneTreeApiTest extends ApiTestBase {
    private String person(String given) {
        PersonId id = fixture.useCases.persons().register(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new PersonDetails(given, "Caller", PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(),
                        null, null)).person().id();
        return id.toString();
    }

    private static Map<String, Object> link(String caller, String callee) {
        return Map.of("caller", caller, "callee", callee, "fallbacks", List.of());
    }

    @Test
    void a_tree_is_drawn_drilled_and_scored() {
        String root = person("Root");
        String a = person("A");
        String b = person("B");
        Reply created = api.post(ASSOCIATE, "/api/v1/phone-trees", ApiClient.json(Map.of("name", "Office tree",
                "root", root, "links", List.of(link(root, a), link(a, b)))));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String tree = created.header("Location");
        assertThat(api.get(STAFF, tree).json().path("members").size()).isEqualTo(3);

        Reply started = api.post(ASSOCIATE, tree + "/drills", "{\"targetMinutes\":10}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String drill = started.header("Location");
        assertThat(api.post(ASSOCIATE, drill + "/calls", ApiClient.json(Map.of("caller", root, "callee", a,
                "answered", true))).status()).isEqualTo(200);
        Reply last = api.post(ASSOCIATE, drill + "/calls", ApiClient.json(Map.of("caller", a, "callee", b,
                "answered", true)));
        assertThat(last.json().path("targetMet").asBoolean()).isTrue();
        assertThat(last.json().path("unreached").size()).isZero();
        Reply refused = api.post(ASSOCIATE, drill + "/calls", ApiClient.json(Map.of("caller", b, "callee",
                person("Stranger"), "answered", true)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("callee");
        assertThat(api.post(ASSOCIATE, drill + "/end", "").json().path("endedAt").isNull()).isFalse();
        Reply afterEnd = api.post(ASSOCIATE, drill + "/calls", ApiClient.json(Map.of("caller", root, "callee", a,
                "answered", true)));
        assertThat(afterEnd.status()).as(afterEnd.raw().body()).isEqualTo(409);
        assertThat(afterEnd.json().path("reasons").get(0).asText()).contains("no more calls are recorded");
        assertThat(api.post(ASSOCIATE, drill + "/end", "").status()).isEqualTo(409);
        assertThat(api.get(MANAGER, drill).status()).isEqualTo(200);
        assertThat(api.get(STAFF, drill).status()).isEqualTo(403);
    }

    @Test
    void a_broken_cascade_is_a_400_naming_the_links() {
        String root = person("R");
        Reply broken = api.post(ASSOCIATE, "/api/v1/phone-trees", ApiClient.json(Map.of("name", "Broken",
                "root", root, "links", List.of(link(person("X"), person("Y"))))));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("errors").get(0).path("field").asText()).isEqualTo("links");
        assertThat(api.post(ASSOCIATE, "/api/v1/phone-trees", ApiClient.json(Map.of("name", "Empty", "root", root,
                "links", List.of()))).json().path("errors").get(0).path("field").asText()).isEqualTo("links");
    }
}
