package io.vigil.rest;

import io.vigil.kernel.Require;
import java.util.Optional;

/**
 * Where the HTTP API listens (port 0 picks a free port, for tests) and, if SMS replies come in
 * through a provider's webhook, the secret it signs them with (at least 16 characters; without
 * one the webhook route is not served).
 */
public record RestApiSettings(String host, int port, Optional<String> smsWebhookSecret) {
    public RestApiSettings {
        host = Require.text(host, "host");
        Require.that(port >= 0 && port <= 65_535, "port must be between 0 and 65535, was " + port);
        Require.nonNull(smsWebhookSecret, "smsWebhookSecret");
        Require.that(smsWebhookSecret.map(s -> s.length() >= 16).orElse(true),
                "smsWebhookSecret must be at least 16 characters");
    }

    /** Without the SMS webhook. */
    public RestApiSettings(String host, int port) {
        this(host, port, Optional.empty());
    }
}
