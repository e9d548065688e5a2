package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * Where a test's or roll-call's requests stand in delivery: how many are queued, sent and failed;
 * {@code undelivered}, the persons every request to whom failed (unreachable); {@code notQueued}, the
 * persons with an address whose requests are not in the outbox yet (the next escalation sweep
 * queues them).
 */
public record DeliveryResource(int queued, int sent, int failed, List<String> undelivered, List<String> notQueued) {

    static DeliveryResource from(RequestDeliveries d) {
        return new DeliveryResource(d.queued(), d.sent(), d.failed(),
                d.undelivered().stream().map(PersonId::toString).toList(),
                d.notQueued().stream().map(PersonId::toString).toList());
    }

    /** The state names of a request in delivery. */
    public enum Status {
        /** In the outbox, waiting for its first or next attempt (at {@code nextAttemptAt}). */
        QUEUED,
        /** Handed to the channel's transport at {@code at}. */
        SENT,
        /** Given up at {@code at} after {@code attempts} attempts; {@code lastError} says why. */
        FAILED
    }

    /**
     * One request to a person on one channel: its state, the attempts made, when it was sent or
     * given up ({@code at}), when it is tried next ({@code nextAttemptAt}, queued only) and the last
     * attempt's error, if it failed.
     */
    public record Request(Channel channel, Status state, int attempts, Instant at, Instant nextAttemptAt,
                          String lastError) {
        static Request from(RequestDeliveries.Request r) {
            DeliveryState s = r.state();
            if (s instanceof DeliveryState.Queued q) {
                return new Request(r.channel(), Status.QUEUED, q.attempts(), null, q.dueAt(),
                        q.lastError().orElse(null));
            }
            if (s instanceof DeliveryState.Sent sent) {
                return new Request(r.channel(), Status.SENT, sent.attempts(), sent.at(), null, null);
            }
            DeliveryState.Failed f = (DeliveryState.Failed) s;
            return new Request(r.channel(), Status.FAILED, f.attempts(), f.at(), null, f.lastError());
        }
    }
}
