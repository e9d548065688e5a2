package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vigil.rest.ApiClient.Reply;
import io.vigil.testkit.generators.Theories;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever a client sends, the answer is a 4xx problem: never a 500, never a stack trace. */
class BadInputProperties {
    private static ApiFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ApiFixture(Optional.empty());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Gen<String> writePaths() {
        return Generate.pick(List.of("/api/v1/persons", "/api/v1/residences", "/api/v1/presences", "/api/v1/missions",
                "/api/v1/assessments", "/api/v1/restricted-areas", "/api/v1/venues", "/api/v1/facilities",
                "/api/v1/restricted-areas/applicable", "/api/v1/on-call/shifts", "/api/v1/emergency-requests",
                "/api/v1/advisories", "/api/v1/communication-tests",
                "/api/v1/positions", "/api/v1/locator/search", "/api/v1/warden-zones", "/api/v1/roll-calls",
                "/api/v1/phone-trees", "/api/v1/inbound/sms/MX-MEX"));
    }

    private static Gen<String> bodies() {
        Gen<String> garbage = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 80);
        Gen<String> jsonish = Generate.pick(List.of("{}", "[]", "null", "1", "\"x\"", "{\"givenName\":1}",
                "{\"area\":[]}", "{\"person\":\"x\",\"arrival\":\"then\"}", "{\"members\":[null]}",
                "{\"legs\":[{\"mode\":\"TELEPORT\"}]}", "{\"location\":{\"latitude\":\"north\"}}",
                "{\"occupant\":null,\"household\":[null]}", "{\"position\":{\"latitude\":91,\"longitude\":0}}",
                "{\"outline\":[{\"latitude\":1}],\"channels\":[\"PIGEON\"]}", "{\"links\":[{\"caller\":null}]}",
                "{\"id\":\"bad id\",\"outline\":[]}", "{\"links\":[{\"caller\":\"x\",\"callee\":\"x\"}]}"));
        return Generate.oneOf(garbage, jsonish);
    }

    @Test
    void garbage_bodies_get_a_4xx_problem() {
        Theories.qt(200).forAll(writePaths(), bodies()).checkAssert((path, body) -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, path, body);
            assertThat(r.status()).as(path + " " + body + " -> " + r.raw().body()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.");
        });
    }
}
