package io.vigil.rest;

import io.vigil.kernel.Require;

/** Where the HTTP API listens. Port 0 picks a free port (for tests). */
public record RestApiSettings(String host, int port) {
    public RestApiSettings {
        host = Require.text(host, "host");
        Require.that(port >= 0 && port <= 65_535, "port must be between 0 and 65535, was " + port);
    }
}
