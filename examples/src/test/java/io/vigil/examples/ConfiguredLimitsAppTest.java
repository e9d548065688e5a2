package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app's limits come from its environment, and the configured ones are those enforced:
 * a leg's length, the page size and the body size; a value out of bounds stops the start naming the
 * variable.
 */
class ConfiguredLimitsAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICER = "officer-token-0123456789abcdef";
    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + OFFICER).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    private static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static Map<String, String> env(Path dir, String... more) throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens.txt"), OFFICER + " officer@example.org MX-MEX"
                + " SECURITY_OFFICER\n");
        Map<String, String> env = new HashMap<>(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_STORE", "files", "VIGIL_TOKENS_FILE", tokens.toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private static String mission(String member, String arrival) {
        String place = "{\"name\":\"%s\",\"point\":{\"latitude\":19.4,\"longitude\":-99.1}}";
        return "{\"name\":\"m\",\"members\":[\"" + member + "\"],\"legs\":[{\"mode\":\"ROAD\",\"from\":"
                + String.format(place, "A") + ",\"to\":" + String.format(place, "B")
                + ",\"departure\":\"2026-03-01T00:00:00Z\",\"arrival\":\"" + arrival + "\"}],\"stays\":[]}";
    }

    @Test
    void the_configured_leg_length_page_size_and_body_size_are_the_ones_enforced(@TempDir Path dir) throws Exception {
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env(dir, "VIGIL_LEG_MAX_DAYS", "2",
                "VIGIL_MAX_PAGE_SIZE", "5", "VIGIL_MAX_BODY_BYTES", "4096")))) {
            Reply ana = send(app.port(), "POST", "/api/v1/persons", "{\"givenName\":\"Ana\",\"familyName\":\"Ruiz\","
                    + "\"category\":\"NATIONAL_STAFF\",\"orgUnit\":\"IBRD\"}");
            assertThat(ana.status()).isEqualTo(201);
            String id = ana.body().path("id").asText();

            assertThat(send(app.port(), "POST", "/api/v1/missions", mission(id, "2026-03-03T00:00:00Z")).status())
                    .as("two days, the configured limit").isEqualTo(201);
            Reply tooLong = send(app.port(), "POST", "/api/v1/missions", mission(id, "2026-03-03T00:00:01Z"));
            assertThat(tooLong.status()).as("a second more; the default would keep 366 days").isEqualTo(400);
            assertThat(fields(tooLong)).containsExactly("legs[0].arrival");

            assertThat(send(app.port(), "GET", "/api/v1/persons?limit=5", null).status()).isEqualTo(200);
            Reply page = send(app.port(), "GET", "/api/v1/persons?limit=6", null);
            assertThat(page.status()).as("over the configured page size; the default is 500").isEqualTo(400);
            assertThat(fields(page)).containsExactly("limit");

            Reply big = send(app.port(), "POST", "/api/v1/persons", "{\"givenName\":\"" + "a".repeat(5_000) + "\"}");
            assertThat(big.status()).as("over the configured 4,096 bytes; the default is 1,000,000").isEqualTo(413);
            assertThat(big.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void a_limit_out_of_its_bounds_stops_the_start_naming_the_variable(@TempDir Path dir) {
        for (String[] bad : List.of(new String[] {"VIGIL_LEG_MAX_DAYS", "0"},
                new String[] {"VIGIL_STAY_MAX_DAYS", "36526"}, new String[] {"VIGIL_PRESENCE_MAX_YEARS", "101"},
                new String[] {"VIGIL_ROSTER_BACK_HOURS", "-1"}, new String[] {"VIGIL_ROSTER_AHEAD_HOURS", "x"},
                new String[] {"VIGIL_MAX_BODY_BYTES", "1023"}, new String[] {"VIGIL_MAX_PAGE_SIZE", "501"})) {
            assertThatThrownBy(() -> AppConfig.fromEnvironment(env(dir, bad[0], bad[1])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(bad[0]);
        }
    }

    @Test
    void without_the_variables_the_documented_defaults_hold(@TempDir Path dir) throws Exception {
        assertThat(AppConfig.fromEnvironment(env(dir)).limits()).isEqualTo(AppLimits.DEFAULT);
        AppLimits set = AppConfig.fromEnvironment(env(dir, "VIGIL_STAY_MAX_DAYS", "30", "VIGIL_PRESENCE_MAX_YEARS",
                "5", "VIGIL_ROSTER_BACK_HOURS", "24", "VIGIL_ROSTER_AHEAD_HOURS", "0")).limits();
        assertThat(set.spans().stayDays()).isEqualTo(30);
        assertThat(set.spans().presenceYears()).isEqualTo(5);
        assertThat(set.rosterWindow().back()).hasHours(24);
        assertThat(set.rosterWindow().ahead()).isZero();
    }
}
