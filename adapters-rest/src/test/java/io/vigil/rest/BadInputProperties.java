package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient.Reply;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a client sends, the answer is a 4xx problem: never a 500, never a stack trace. */
class BadInputProperties {
    private static ApiFixture fixture;

    @BeforeContainer
    static void start() {
        fixture = new ApiFixture(Optional.empty());
    }

    @AfterContainer
    static void stop() {
        fixture.close();
    }

    @Provide
    Arbitrary<String> writePaths() {
        return Arbitraries.of("/api/v1/persons", "/api/v1/residences", "/api/v1/presences", "/api/v1/missions",
                "/api/v1/assessments", "/api/v1/restricted-areas", "/api/v1/venues", "/api/v1/facilities",
                "/api/v1/restricted-areas/applicable", "/api/v1/on-call/shifts", "/api/v1/emergency-requests",
                "/api/v1/advisories", "/api/v1/communication-tests",
                "/api/v1/positions", "/api/v1/locator/search", "/api/v1/warden-zones", "/api/v1/roll-calls",
                "/api/v1/phone-trees", "/api/v1/inbound/sms/MX-MEX");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(80);
        Arbitrary<String> jsonish = Arbitraries.of("{}", "[]", "null", "1", "\"x\"", "{\"givenName\":1}",
                "{\"area\":[]}", "{\"person\":\"x\",\"arrival\":\"then\"}", "{\"members\":[null]}",
                "{\"legs\":[{\"mode\":\"TELEPORT\"}]}", "{\"location\":{\"latitude\":\"north\"}}",
                "{\"occupant\":null,\"household\":[null]}", "{\"position\":{\"latitude\":91,\"longitude\":0}}",
                "{\"outline\":[{\"latitude\":1}],\"channels\":[\"PIGEON\"]}", "{\"links\":[{\"caller\":null}]}",
                "{\"id\":\"bad id\",\"outline\":[]}", "{\"links\":[{\"caller\":\"x\",\"callee\":\"x\"}]}");
        return Arbitraries.oneOf(garbage, jsonish);
    }

    @Property(tries = 200)
    void garbage_bodies_get_a_4xx_problem(@ForAll("writePaths") String path, @ForAll("bodies") String body) {
        Reply r = fixture.client.post(ApiFixture.OFFICER, path, body);
        assertThat(r.status()).as(path + " " + body + " -> " + r.raw().body()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.");
    }
}
