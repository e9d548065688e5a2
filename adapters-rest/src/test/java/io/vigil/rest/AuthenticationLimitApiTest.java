package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.people.PeopleApi;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limit on failed authentications per client address, over HTTP. */
class AuthenticationLimitApiTest {
    private static final String OFFICER = "officer-token-0123456789";
    private static final String PERSONS = "/api/v1/persons";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private RestApi api;
    private ApiClient client;

    private void start(AuthenticationLimits limits) {
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        api = new RestApi(new RestApiSettings("127.0.0.1", 0), new StaticBearerTokens(Map.of(OFFICER,
                Actor.of("officer", OfficeId.of("MX-MEX"), Role.SECURITY_OFFICER))),
                List.of(new PeopleApi(vigil.people(), vigil.audit(), clock, Optional.empty())), HealthCheck.apiOnly(),
                limits, clock).start();
        client = new ApiClient(api.port());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static void assertProblem(Reply r, int status, String detail) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("detail").asText()).contains(detail);
    }

    @Test
    void after_the_allowed_failures_a_client_is_answered_429_with_retry_after_until_its_window_ends() {
        start(new AuthenticationLimits(3, Duration.ofSeconds(60), 100));
        for (int i = 0; i < 3; i++) {
            assertProblem(client.get("wrong-token-" + i, PERSONS), 401, "unknown");
            clock.advance(Duration.ofSeconds(5));
        }
        // failures at 0, 5 and 10 s: the window, from the first, ends 45 s from now
        Reply refused = client.get("wrong-token-4", PERSONS);
        assertProblem(refused, 429, "too many failed authentications");
        assertThat(refused.header("Retry-After")).isEqualTo("45");
        assertProblem(client.get(OFFICER, PERSONS), 429, "retry after 45 s");
        assertProblem(client.get(null, PERSONS), 429, "retry after");
        assertThat(client.get(null, "/api/v1/health").status()).as("open routes are not limited").isEqualTo(200);
        clock.advance(Duration.ofSeconds(44));
        assertThat(client.get(OFFICER, PERSONS).header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.get(OFFICER, PERSONS).status()).as("the window has ended").isEqualTo(200);
    }

    @Test
    void successes_do_not_count_and_do_not_wipe_the_failures() {
        start(new AuthenticationLimits(3, Duration.ofSeconds(60), 100));
        assertThat(client.get("wrong-token", PERSONS).status()).isEqualTo(401);
        for (int i = 0; i < 20; i++) {
            assertThat(client.get(OFFICER, PERSONS).status()).isEqualTo(200);
        }
        assertThat(client.get(null, PERSONS).status()).as("a missing token is a failure too").isEqualTo(401);
        assertThat(client.get(OFFICER, PERSONS).status()).as("two failures of three").isEqualTo(200);
        assertThat(client.get("wrong-token", PERSONS).status()).isEqualTo(401);
        assertThat(client.get(OFFICER, PERSONS).status()).as("the successes wiped nothing").isEqualTo(429);
    }

    /** A GET with a wrong token sent from the given loopback address; returns the status code. */
    private int failFrom(String address) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), api.port(),
                InetAddress.getByName(address), 0)) {
            socket.getOutputStream().write(("GET " + PERSONS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer"
                    + " wrong\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return Integer.parseInt(response.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void each_address_has_its_own_count_and_many_addresses_keep_the_tracking_bounded() {
        start(new AuthenticationLimits(2, Duration.ofSeconds(60), 20));
        assertThat(failFrom("127.0.0.2")).isEqualTo(401);
        assertThat(failFrom("127.0.0.2")).isEqualTo(401);
        assertThat(failFrom("127.0.0.2")).isEqualTo(429);
        assertThat(failFrom("127.0.0.3")).as("another address").isEqualTo(401);
        assertThat(client.get(OFFICER, PERSONS).status()).as("and 127.0.0.1").isEqualTo(200);
        for (int i = 0; i < 500; i++) {
            assertThat(failFrom("127.0." + (1 + i / 250) + "." + (1 + i % 250))).isEqualTo(401);
            assertThat(api.trackedClients()).isLessThanOrEqualTo(20);
        }
        assertThat(api.trackedClients()).isEqualTo(20);
        assertThat(failFrom("127.0.0.2")).as("forgotten among the many").isEqualTo(401);
    }
}
