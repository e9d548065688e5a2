package io.vigil.rest.alerting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The webhook signatures accepted within the replay window, so each is accepted once. A signature
 * is forgotten when its timestamp leaves the window (it could not verify any more); at most
 * {@code capacity} are kept, and when that many are live a new one is refused rather than an old
 * one forgotten.
 */
final class SeenSignatures {
    /** Whether a signature was taken. */
    enum Outcome { FIRST, REPLAY, FULL }

    private final Clock clock;
    private final Duration window;
    private final int capacity;
    private final Map<String, Instant> forgetAt = new HashMap<>();

    SeenSignatures(Clock clock, Duration window, int capacity) {
        this.clock = clock;
        this.window = window;
        this.capacity = capacity;
    }

    /** Records {@code signature} (of a request stamped {@code timestamp}) unless it was seen or there is no room. */
    synchronized Outcome take(String signature, Instant timestamp) {
        Instant now = clock.instant();
        forgetAt.values().removeIf(at -> at.isBefore(now));
        if (forgetAt.containsKey(signature)) {
            return Outcome.REPLAY;
        }
        if (forgetAt.size() >= capacity) {
            return Outcome.FULL;
        }
        forgetAt.put(signature, timestamp.plus(window));
        return Outcome.FIRST;
    }

    synchronized int size() {
        return forgetAt.size();
    }
}
