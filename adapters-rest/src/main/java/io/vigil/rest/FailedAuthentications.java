package io.vigil.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The failed authentications of each client address in its current window, for at most
 * {@link AuthenticationLimits#maxClients()} addresses: a new address beyond that makes the one
 * whose window started first forgotten (expired windows go first, as they are the oldest).
 */
final class FailedAuthentications {
    private final AuthenticationLimits limits;
    private final Clock clock;
    /** In the order the windows started: a new window is re-inserted at the end. */
    private final LinkedHashMap<String, Window> clients = new LinkedHashMap<>();

    private static final class Window {
        final Instant start;
        int failures;

        Window(Instant start) {
            this.start = start;
        }
    }

    FailedAuthentications(AuthenticationLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the client is still refused, if it has used up its failures in the current window. */
    synchronized Optional<Duration> refusedFor(String client) {
        Instant now = clock.instant();
        Window window = clients.get(client);
        if (window == null || window.failures < limits.maxFailures()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, window.start.plus(limits.window()));
        if (left.isNegative() || left.isZero()) {
            clients.remove(client);
            return Optional.empty();
        }
        return Optional.of(left);
    }

    /** Counts a failure; returns whether it was the one that used up the client's window. */
    synchronized boolean failed(String client) {
        Instant now = clock.instant();
        Window window = clients.get(client);
        if (window == null || !now.isBefore(window.start.plus(limits.window()))) {
            clients.remove(client);
            forgetOldestBeyond(limits.maxClients() - 1);
            window = new Window(now);
            clients.put(client, window);
        }
        window.failures++;
        return window.failures == limits.maxFailures();
    }

    /** How many addresses are tracked now. */
    synchronized int tracked() {
        return clients.size();
    }

    private void forgetOldestBeyond(int room) {
        Iterator<Map.Entry<String, Window>> oldest = clients.entrySet().iterator();
        while (clients.size() > room && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
