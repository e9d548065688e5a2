package io.vigil.examples.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bound on failed token sign-ins per client address, as the API bounds failed authentications:
 * {@link #MAX_FAILURES} in a window of {@link #WINDOW} from the first, then refused until the window
 * ends; {@link #MAX_CLIENTS} addresses tracked, the least recently failing forgotten first.
 */
final class SignInLimits {
    /** Failed sign-ins allowed per address in a window. */
    static final int MAX_FAILURES = 20;
    /** The window, from an address's first failure. */
    static final Duration WINDOW = Duration.ofSeconds(60);
    /** The most addresses tracked. */
    static final int MAX_CLIENTS = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    SignInLimits(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code client} must wait before trying again; empty when it may try now. */
    synchronized Optional<Duration> wait(String client) {
        Window w = current(client);
        if (w == null || w.failures() < MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(clock.instant(), w.start().plus(WINDOW)));
    }

    /** Counts a failed sign-in of {@code client}. */
    synchronized void failed(String client) {
        Window w = current(client);
        windows.put(client, w == null ? new Window(clock.instant(), 1) : new Window(w.start(), w.failures() + 1));
    }

    private Window current(String client) {
        Window w = windows.get(client);
        if (w != null && !clock.instant().isBefore(w.start().plus(WINDOW))) {
            windows.remove(client);
            return null;
        }
        return w;
    }
}
