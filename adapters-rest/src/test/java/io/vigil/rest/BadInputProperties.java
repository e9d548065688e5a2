package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import io.vigil.rest.ApiClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.testkit.generators.Theories;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a client sends, the answer is a 4xx problem: never a 500, never a stack trace. Beside
 * garbage, the classes of input that once answered 500: instants beyond the years 1900 to 9999
 * (Java reaches a billion years either way), {@code null} inside a list, a {@code null} body.
 */
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

    /** Instants Java can write but the API refuses: before 1900 or after 9999, out to a billion years. */
    private static Gen<String> extremeInstants() {
        long earliest = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long latest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        Gen<Long> before = SourceDSL.longs().between(Instant.MIN.getEpochSecond(), earliest - 1);
        Gen<Long> after = SourceDSL.longs().between(latest + 1, Instant.MAX.getEpochSecond());
        Gen<String> edges = Generate.pick(List.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z"));
        return Generate.oneOf(edges, Generate.oneOf(before, after).map(s -> Instant.ofEpochSecond(s).toString()));
    }

    /** A body otherwise good enough to reach its dates, with {@code %s} where the extreme instant goes. */
    private record DatedBody(String path, String field, String template) {
    }

    private static Gen<DatedBody> datedBodies() {
        String id = UUID.randomUUID().toString();
        return Generate.pick(List.of(
                new DatedBody("/api/v1/advisories", "validFrom", "{\"title\":\"t\",\"message\":\"m\",\"severity\":"
                        + "\"WARNING\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":[\"SMS\"],\"validFrom\":"
                        + "\"%s\",\"validTo\":\"2026-03-02T00:00:00Z\"}"),
                new DatedBody("/api/v1/advisories", "validTo", "{\"title\":\"t\",\"message\":\"m\",\"severity\":"
                        + "\"WARNING\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":[\"SMS\"],\"validFrom\":"
                        + "\"2026-03-01T00:00:00Z\",\"validTo\":\"%s\"}"),
                new DatedBody("/api/v1/presences/" + id + "/departure", "departure", "{\"departure\":\"%s\"}"),
                new DatedBody("/api/v1/communication-tests", "startedAt", "{\"title\":\"t\",\"channels\":[\"SMS\"],"
                        + "\"openMinutes\":60,\"targetPercent\":90,\"targetMinutes\":30,\"startedAt\":\"%s\"}")));
    }

    private static Gen<String> datedQueries() {
        return Generate.pick(List.of("/api/v1/locator/headcount?at=", "/api/v1/risk/reviews-due?at=",
                "/api/v1/venues/expired?at=", "/api/v1/facilities/due?at=",
                "/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster?at=",
                "/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster.csv?at="));
    }

    private static void assertNames(Reply r, String field, String what) {
        assertThat(r.status()).as(what + " -> " + r.raw().body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.").doesNotContain("java.");
        List<String> fields = new java.util.ArrayList<>();
        for (JsonNode e : r.json().path("errors")) {
            fields.add(e.path("field").asText());
        }
        assertThat(fields).as(what + " -> " + r.raw().body()).contains(field);
    }

    @Test
    void extreme_instants_in_a_body_are_400_naming_the_field() {
        Theories.qt(100).forAll(datedBodies(), extremeInstants()).checkAssert((body, instant) -> {
            Reply r = fixture.client.send(ApiFixture.OFFICER, "POST", body.path(),
                    String.format(body.template(), instant), "application/json", "\"1\"");
            assertNames(r, body.field(), body.path() + " " + instant);
        });
    }

    @Test
    void extreme_instants_in_a_query_are_400_naming_the_parameter() {
        Theories.qt(60).forAll(datedQueries(), extremeInstants()).checkAssert((path, instant) -> {
            Reply r = fixture.client.get(ApiFixture.OFFICER, path + instant.replace("+", "%2B"));
            assertNames(r, "at", path + instant);
        });
    }

    private static Gen<String> actionPaths() {
        return Generate.pick(List.of("/presences/%s/departure", "/facilities/%s/checks",
                "/emergency-requests/%s/responses", "/emergency-requests/%s/close", "/phone-trees/%s/drills"))
                .map(p -> "/api/v1" + String.format(p, UUID.randomUUID()));
    }

    @Test
    void a_null_body_is_400_naming_the_body() {
        Theories.qt(40).forAll(Generate.oneOf(actionPaths(), writePaths())).checkAssert(path -> {
            Reply r = fixture.client.send(ApiFixture.OFFICER, "POST", path, "null", "application/json", "\"1\"");
            if (path.startsWith("/api/v1/inbound/sms/")) {
                assertThat(r.status()).as("unsigned").isEqualTo(401);
            } else {
                assertNames(r, "body", path);
            }
        });
    }

    /** A list holding nulls, in the bodies whose lists once crashed the problem mapper. */
    private static Gen<String[]> nullsInLists() {
        Gen<String> nulls = Generate.pick(List.of("[null]", "[null,null]", "[null,null,null,null]"));
        return nulls.map(list -> new String[] {"/api/v1/advisories", "audience.area", "{\"title\":\"t\",\"message\":"
                + "\"m\",\"severity\":\"WARNING\",\"audience\":{\"kind\":\"AREA\",\"area\":" + list + "},"
                + "\"channels\":[\"SMS\"],\"validFrom\":\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-03-02T00:00:00Z\"}"})
                .mix(nulls.map(list -> new String[] {"/api/v1/assessments", "risks[0].measures", "{\"title\":\"t\","
                        + "\"area\":[{\"latitude\":19.2,\"longitude\":-99.3},{\"latitude\":19.2,\"longitude\":-98.9},"
                        + "{\"latitude\":19.6,\"longitude\":-98.9}],\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":"
                        + "\"2026-12-31T00:00:00Z\",\"risks\":[{\"category\":\"CRIME\",\"threat\":\"robbery\","
                        + "\"likelihood\":\"LIKELY\",\"impact\":\"MODERATE\",\"treatment\":\"CONTROL\",\"measures\":"
                        + list + ",\"residualLikelihood\":\"LIKELY\",\"residualImpact\":\"MODERATE\"}],"
                        + "\"criticality\":\"PC3\",\"reviewDue\":\"2026-02-01T00:00:00Z\"}"}), 50);
    }

    @Test
    void nulls_inside_a_list_are_400_naming_the_list() {
        Theories.qt(30).forAll(nullsInLists()).checkAssert(c -> {
            Reply r = fixture.client.post(ApiFixture.OFFICER, c[0], c[2]);
            assertNames(r, c[1], c[0] + " " + c[2]);
        });
    }
}
