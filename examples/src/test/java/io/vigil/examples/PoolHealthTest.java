package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/health} on the reference app's JDBC health check reports a saturated pool: while
 * every connection is held it answers 503 DEGRADED with the pool's numbers (it once said UP while
 * every data request timed out), and UP again once they are released.
 */
class PoolHealthTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> health(RestApi api) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_pool_with_every_connection_held_is_degraded_with_its_numbers_and_up_once_they_are_released()
            throws Exception {
        try (HikariDataSource pool = JdbcDataSources.pool("jdbc:h2:mem:pool-health-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
             StoreHealth health = StoreHealth.jdbc(pool);
             RestApi api = new RestApi(new RestApiSettings("127.0.0.1", 0), token -> Optional.empty(), List.of(),
                     health).start()) {
            HttpResponse<String> before = health(api);
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(json.readTree(before.body()).path("status").asText()).isEqualTo("UP");
            assertThat(json.readTree(before.body()).path("pool").path("max").asInt()).isEqualTo(8);

            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            // one more request for a connection, which waits
            CompletableFuture<Connection> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.getConnection();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pool.getHikariPoolMXBean().getThreadsAwaitingConnection() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            HttpResponse<String> saturated = health(api);
            assertThat(saturated.statusCode()).isEqualTo(503);
            JsonNode body = json.readTree(saturated.body());
            assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(body.path("pool").path("active").asInt()).isEqualTo(8);
            assertThat(body.path("pool").path("idle").asInt()).isZero();
            assertThat(body.path("pool").path("max").asInt()).isEqualTo(8);
            assertThat(body.path("pool").path("waiting").asInt()).isEqualTo(1);
            assertThat(body.path("detail").asText()).contains("8 of 8").contains("1 request waiting");

            for (Connection c : held) {
                c.close();
            }
            waiting.get(10, TimeUnit.SECONDS).close();
            HttpResponse<String> after = health(api);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(json.readTree(after.body()).path("status").asText()).isEqualTo("UP");
            assertThat(json.readTree(after.body()).path("pool").path("active").asInt()).isZero();
        }
    }
}
