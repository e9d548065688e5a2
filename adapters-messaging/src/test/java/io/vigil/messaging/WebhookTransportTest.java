package io.vigil.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.json.VigilJson;
import io.vigil.json.WebhookSignature;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed webhooks against a local HTTP server that answers what each test scripts. */
class WebhookTransportTest {
    private static final String SECRET = "bridge-secret-0123456789";
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    /** What the bridge received: headers and body of each request. */
    private record Received(String key, String timestamp, String signature, String body) {
    }

    private final MutableClock clock = MutableClock.at("2026-09-19T13:15:00Z");
    private final Deque<Integer> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI endpoint;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("Idempotency-Key"), h.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    h.getFirst(WebhookSignature.SIGNATURE_HEADER), body));
            Integer status = script.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookTransport transport() {
        return new WebhookTransport(endpoint, SECRET, VigilJson.mapper(), Duration.ofSeconds(5), clock);
    }

    private static OutboundMessage sms(String id) {
        return new OutboundMessage(id, OFFICE, Optional.of(PersonId.random()), Channel.SMS, "+52 55 1000 1000",
                "Vigil roll-call: earthquake. Are you safe?", Instant.parse("2026-09-19T13:14:30Z"));
    }

    @Test
    void the_bridge_gets_the_message_as_signed_json_with_its_id_as_idempotency_key() throws Exception {
        OutboundMessage m = sms("rc-1-ana-sms");
        transport().deliver(m);
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("rc-1-ana-sms");
            assertThat(new WebhookSignature(SECRET).problem(r.timestamp(), r.signature(), r.body(), clock.instant(),
                    Duration.ofMinutes(5))).as("the bridge can verify it").isEmpty();
            assertThat(VigilJson.mapper().readValue(r.body(), OutboundMessage.class)).isEqualTo(m);
        });
    }

    @Test
    void busy_answers_are_retried_with_growing_waits_and_the_message_is_delivered_once() {
        script.add(503);
        script.add(429);
        InMemoryMessageGateway outbox = new InMemoryMessageGateway();
        MutableClock at = MutableClock.at("2026-09-19T13:15:00Z");
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, transport()),
                new RetryPolicy(4, Duration.ofMillis(50), 2, Duration.ofSeconds(1)), Dispatcher.Settings.standard(), at);
        assertThat(outbox.send(sms("rc-2-beto-sms"))).isTrue();
        List<Instant> dues = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            dispatcher.runOnce();
            DeliveryState.Queued q = (DeliveryState.Queued) outbox.deliveries(OFFICE, "rc-2").get(0).state();
            dues.add(q.dueAt());
            at.set(q.dueAt());
        }
        assertThat(dues).containsExactly(Instant.parse("2026-09-19T13:15:00.050Z"),
                Instant.parse("2026-09-19T13:15:00.150Z"));
        dispatcher.runOnce();
        assertThat(received).hasSize(3).extracting(Received::key).containsOnly("rc-2-beto-sms");
        assertThat(outbox.send(sms("rc-2-beto-sms"))).isFalse();
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(received).hasSize(3);
    }

    @Test
    void a_refusal_is_not_retried_and_fails_with_the_answer() {
        script.add(400);
        InMemoryMessageGateway outbox = new InMemoryMessageGateway();
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.SMS, transport()), RetryPolicy.standard(),
                Dispatcher.Settings.standard(), clock);
        outbox.send(sms("rc-3-carla-sms"));
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(outbox.deliveries(OFFICE, "rc-3").get(0).state()).isInstanceOfSatisfying(
                DeliveryState.Failed.class, f -> assertThat(f.lastError()).endsWith("answered 400"));
        assertThat(received).hasSize(1);
    }

    @Test
    void only_http_endpoints_and_real_secrets_are_accepted() {
        assertThatThrownBy(() -> new WebhookTransport(URI.create("ftp://example.org/x"), SECRET, VigilJson.mapper(),
                Duration.ofSeconds(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookTransport(endpoint, "short", VigilJson.mapper(), Duration.ofSeconds(1),
                clock)).hasMessageContaining("16 characters");
    }
}
