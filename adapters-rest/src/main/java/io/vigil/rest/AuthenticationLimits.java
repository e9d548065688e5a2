package io.vigil.rest;

import io.vigil.kernel.Require;
import java.time.Duration;

/**
 * How many failed authentications (401) one client address may have in a window before every
 * request of its is answered 429 until the window ends, and how many client addresses are
 * tracked at most (the oldest window is forgotten first). Successful requests do not count.
 *
 * @param maxFailures failures allowed in a window, 1 to 1,000,000 (default {@value #DEFAULT_MAX_FAILURES})
 * @param window      the window, from a client's first failure, 1 second to 24 hours (default 60 seconds)
 * @param maxClients  client addresses tracked at once, 1 to 1,000,000 (default {@value #DEFAULT_MAX_CLIENTS})
 */
public record AuthenticationLimits(int maxFailures, Duration window, int maxClients) {
    public static final int DEFAULT_MAX_FAILURES = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_CLIENTS = 10_000;

    public AuthenticationLimits {
        Require.that(maxFailures >= 1 && maxFailures <= 1_000_000, "maxFailures",
                "must be between 1 and 1000000, was " + maxFailures);
        Require.nonNull(window, "window");
        Require.that(window.compareTo(Duration.ofSeconds(1)) >= 0 && window.compareTo(Duration.ofHours(24)) <= 0,
                "window", "must be between 1 second and 24 hours, was " + window);
        Require.that(maxClients >= 1 && maxClients <= 1_000_000, "maxClients",
                "must be between 1 and 1000000, was " + maxClients);
    }

    /** 20 failures a minute, 10,000 clients tracked. */
    public static AuthenticationLimits defaults() {
        return new AuthenticationLimits(DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, DEFAULT_MAX_CLIENTS);
    }
}
