package io.vigil.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.json.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * A message posted as JSON to an organisation's bridge (its SMS or app provider), signed as every
 * Vigil webhook is ({@link WebhookSignature}: {@code X-Vigil-Timestamp} and
 * {@code X-Vigil-Signature}), with the message id as {@code Idempotency-Key}. A 2xx answer is
 * delivered; 408, 425, 429 and 5xx, timeouts and connection failures may pass; any other answer
 * fails for good.
 */
public final class WebhookTransport implements Transport {
    private final URI endpoint;
    private final WebhookSignature signature;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public WebhookTransport(URI endpoint, String secret, ObjectMapper json, Duration timeout, Clock clock) {
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("endpoint must be an http or https URL, was " + endpoint);
        }
        this.endpoint = endpoint;
        this.signature = new WebhookSignature(secret);
        this.json = json;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void deliver(OutboundMessage m) {
        String body;
        try {
            body = json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new DeliveryException("message " + m.id() + " could not be written as JSON", false, e);
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", m.id())
                .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryException(endpoint + " could not be reached: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to " + endpoint, true, e);
        }
        if (status / 100 == 2) {
            return;
        }
        boolean passing = status == 408 || status == 425 || status == 429 || status / 100 == 5;
        throw new DeliveryException(endpoint + " answered " + status, passing);
    }
}
