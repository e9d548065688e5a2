package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The health route follows the host's {@link HealthCheck}: 200 UP while the stores answer, 503 DOWN while not. */
class HealthApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> health(RestApi api) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_follows_the_stores_state_both_ways() throws Exception {
        AtomicBoolean storesUp = new AtomicBoolean(true);
        try (RestApi api = new RestApi(new RestApiSettings("127.0.0.1", 0), token -> Optional.empty(), List.of(),
                storesUp::get).start()) {
            HttpResponse<String> up = health(api);
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"status\":\"UP\"");
            storesUp.set(false);
            HttpResponse<String> down = health(api);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(down.body()).contains("\"status\":\"DOWN\"");
            storesUp.set(true);
            assertThat(health(api).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void without_a_health_check_the_api_reports_only_itself() throws Exception {
        try (RestApi api = new RestApi(new RestApiSettings("127.0.0.1", 0), token -> Optional.empty(), List.of())
                .start()) {
            assertThat(health(api).statusCode()).isEqualTo(200);
        }
    }
}
