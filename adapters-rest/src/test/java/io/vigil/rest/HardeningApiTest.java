package io.vigil.rest;

import static io.vigil.rest.ApiFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.rest.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a hostile client tries over HTTP: method overrides, token variants, oversized requests, odd bodies. */
class HardeningApiTest extends ApiTestBase {

    private static void assertProblem(Reply r, int status) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.contentType()).as(r.raw().body()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil.").doesNotContain("java.");
    }

    private static void assertFieldProblem(Reply r, String field) {
        assertProblem(r, 400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).as(r.raw().body()).isEqualTo(field);
    }

    private static Reply raw(HttpRequest request) {
        return ApiClient.send(HttpClient.newHttpClient(), request);
    }

    private String overSocket(String request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fixture.api.port())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + fixture.api.port() + path);
    }

    @Test
    void a_get_with_a_method_override_header_deletes_nothing() {
        Reply created = api.post(OFFICER, "/api/v1/persons", ApiFixture.person("Marta", "Ruiz", "NATIONAL_STAFF"));
        String location = created.header("Location");
        HttpRequest get = HttpRequest.newBuilder(uri(location)).GET().header("Authorization", "Bearer " + OFFICER)
                .header("X-HTTP-Method-Override", "DELETE").header("If-Match", created.etag()).build();
        Reply overridden = raw(get);
        assertThat(overridden.status()).as(overridden.raw().body()).isEqualTo(200);
        assertThat(api.get(OFFICER, location).status()).isEqualTo(200);
    }

    @Test
    void a_case_variant_of_a_token_is_refused_on_fresh_and_reused_connections() {
        String variant = OFFICER.toUpperCase(java.util.Locale.ROOT);
        assertProblem(raw(HttpRequest.newBuilder(uri("/api/v1/persons")).GET()
                .header("Authorization", "Bearer " + variant).build()), 401);
        ApiClient reused = new ApiClient(fixture.api.port());
        for (int i = 0; i < 3; i++) {
            assertThat(reused.get(OFFICER, "/api/v1/persons").status()).isEqualTo(200);
            assertProblem(reused.get(variant, "/api/v1/persons"), 401);
        }
    }

    @Test
    void a_uri_of_20_kb_is_a_problem() {
        Reply r = raw(HttpRequest.newBuilder(uri("/api/v1/persons?q=" + "a".repeat(20_000))).GET()
                .header("Authorization", "Bearer " + OFFICER).build());
        assertThat(r.status()).isBetween(400, 499);
        assertProblem(r, r.status());
    }

    @Test
    void a_header_of_20_kb_is_a_problem() {
        Reply r = raw(HttpRequest.newBuilder(uri("/api/v1/persons")).GET()
                .header("Authorization", "Bearer " + OFFICER).header("X-Padding", "a".repeat(20_000)).build());
        assertThat(r.status()).isBetween(400, 499);
        assertProblem(r, r.status());
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() {
        Reply r = api.post(OFFICER, "/api/v1/persons", "{\"givenName\":\"" + "a".repeat(2_000_000) + "\"}");
        assertProblem(r, 413);
    }

    @Test
    void a_malformed_request_line_is_a_400_problem() {
        String answer = overSocket("GET /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":400").doesNotContain("<html");
        assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("x-content-type-options: nosniff");
    }

    @Test
    void a_json_null_body_on_an_action_route_is_a_400_naming_body() {
        String id = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/presences/" + id + "/departure", "/api/v1/facilities/" + id + "/checks",
                "/api/v1/emergency-requests/" + id + "/responses", "/api/v1/emergency-requests/" + id + "/close",
                "/api/v1/phone-trees/" + id + "/drills")) {
            Reply r = api.send(OFFICER, "POST", path, "null", "application/json", "\"1\"");
            assertThat(r.status()).as(path + " " + r.raw().body()).isEqualTo(400);
            assertFieldProblem(r, "body");
        }
    }

    @Test
    void nulls_inside_a_list_are_a_400_naming_the_list() {
        Reply measures = api.post(OFFICER, "/api/v1/assessments", "{\"title\":\"t\",\"area\":[{\"latitude\":19.2,"
                + "\"longitude\":-99.3},{\"latitude\":19.2,\"longitude\":-98.9},{\"latitude\":19.6,\"longitude\":-98.9}],"
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":\"2026-12-31T00:00:00Z\",\"risks\":[{\"category\":"
                + "\"CRIME\",\"threat\":\"robbery\",\"likelihood\":\"LIKELY\",\"impact\":\"MODERATE\",\"treatment\":"
                + "\"CONTROL\",\"measures\":[null,null],\"residualLikelihood\":\"LIKELY\",\"residualImpact\":"
                + "\"MODERATE\"}],\"criticality\":\"PC3\",\"reviewDue\":\"2026-02-01T00:00:00Z\"}");
        assertFieldProblem(measures, "risks[0].measures");
        Reply area = api.post(OFFICER, "/api/v1/advisories", "{\"title\":\"t\",\"message\":\"m\",\"severity\":\"INFO\","
                + "\"audience\":{\"kind\":\"AREA\",\"area\":[null,null]},\"channels\":[\"SMS\"],"
                + "\"validFrom\":\"2026-03-01T00:00:00Z\",\"validTo\":\"2026-03-02T00:00:00Z\"}");
        assertFieldProblem(area, "audience.area");
    }

    @Test
    void extreme_dates_in_a_body_or_a_query_are_a_400_naming_the_field() {
        for (String when : List.of("+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z")) {
            Reply body = api.post(OFFICER, "/api/v1/advisories", "{\"title\":\"t\",\"message\":\"m\","
                    + "\"severity\":\"INFO\",\"audience\":{\"kind\":\"EVERYONE\"},\"channels\":[\"SMS\"],"
                    + "\"validFrom\":\"" + when + "\",\"validTo\":\"2026-03-02T00:00:00Z\"}");
            assertFieldProblem(body, "validFrom");
            Reply query = api.get(OFFICER, "/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster?at="
                    + when.replace("+", "%2B"));
            assertFieldProblem(query, "at");
        }
    }

    @Test
    void an_extreme_date_in_a_geojson_feature_is_a_400_naming_it() {
        String collection = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-99.0,17.0],[-98.9,17.0],[-98.9,17.1],[-99.0,17.1],[-99.0,17.0]]]},
                  "properties":{"name":"Far","rules":["CLEARANCE_NEEDED"],"validFrom":"-1000000000-01-01T00:00:00Z"}}]}
                """;
        Reply r = api.send(OFFICER, "POST", "/api/v1/restricted-areas/geojson", collection, "application/geo+json",
                null);
        assertFieldProblem(r, "features[0].properties.validFrom");
    }

    @Test
    void a_bad_enum_value_names_the_field_and_the_allowed_values() {
        Reply person = api.post(OFFICER, "/api/v1/persons", ApiFixture.person("Ana", "Gil", "X"));
        assertFieldProblem(person, "category");
        assertThat(person.json().path("detail").asText()).contains("INTERNATIONAL_STAFF");
        Reply r = api.post(ApiFixture.SOC, "/api/v1/communication-tests", "{\"title\":\"Monthly\",\"channels\":[\"SMS\"],"
                + "\"category\":\"X\",\"openMinutes\":120,\"targetPercent\":90,\"targetMinutes\":60}");
        assertFieldProblem(r, "category");
        assertThat(r.json().path("detail").asText()).contains("INTERNATIONAL_STAFF").contains("NATIONAL_STAFF");
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (Reply r : List.of(api.get(OFFICER, "/api/v1/persons"), api.get(null, "/api/v1/health"),
                api.get(null, "/api/v1/persons"), api.get(OFFICER, "/api/v1/no-such-route"),
                api.get(OFFICER, "/api/v1/warden-zones/" + ApiFixture.ZONE.value() + "/roster.csv"))) {
            assertThat(r.header("X-Content-Type-Options")).as(r.raw().uri().toString()).isEqualTo("nosniff");
            assertThat(r.header("Cache-Control")).as(r.raw().uri().toString()).isEqualTo("no-store");
            assertThat(r.header("Content-Security-Policy")).as(r.raw().uri().toString())
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }
}
