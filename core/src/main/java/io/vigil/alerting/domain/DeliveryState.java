package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one outbound message stands in delivery: waiting in the outbox for its (next) attempt,
 * handed to its channel's transport, or given up on after its last attempt. The outbox keeps it;
 * a dispatcher moves it on ({@link io.vigil.alerting.port.out.MessageGateway}).
 */
public sealed interface DeliveryState permits DeliveryState.Queued, DeliveryState.Sent, DeliveryState.Failed {

    /** The attempts made so far (0 for a message never tried). */
    int attempts();

    /** The first state of every message: queued at {@code at}, due at once, never tried. */
    static DeliveryState queued(Instant at) {
        return new Queued(0, at, Optional.empty());
    }

    /**
     * In the outbox, due for an attempt at {@code dueAt}; after a failed attempt, {@code lastError}
     * says why it failed and {@code dueAt} is when the back-off lets it be tried again.
     */
    record Queued(int attempts, Instant dueAt, Optional<String> lastError) implements DeliveryState {
        public Queued {
            Require.that(attempts >= 0, "attempts", "must not be negative");
            Require.nonNull(dueAt, "dueAt");
            lastError = Require.nonNull(lastError, "lastError").map(DeliveryState::clip);
        }
    }

    /** Handed to the channel's transport at {@code at}, on attempt number {@code attempts}. */
    record Sent(int attempts, Instant at) implements DeliveryState {
        public Sent {
            Require.that(attempts >= 1, "attempts", "must be at least 1");
            Require.nonNull(at, "at");
        }
    }

    /** Given up at {@code at} after {@code attempts} attempts; {@code lastError} says why the last one failed. */
    record Failed(int attempts, Instant at, String lastError) implements DeliveryState {
        public Failed {
            Require.that(attempts >= 1, "attempts", "must be at least 1");
            Require.nonNull(at, "at");
            lastError = clip(Require.nonNull(lastError, "lastError"));
        }
    }

    /** The longest error text kept. */
    int MAX_ERROR = 500;

    private static String clip(String error) {
        String one = error.isBlank() ? "unknown error" : error.strip();
        return one.length() <= MAX_ERROR ? one : one.substring(0, MAX_ERROR - 1) + "…";
    }
}
