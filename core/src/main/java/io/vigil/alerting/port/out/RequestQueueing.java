package io.vigil.alerting.port.out;

import io.vigil.kernel.Require;
import java.util.concurrent.Executor;

/**
 * Outbound port: where the requests of a communication test or roll-call just started are queued
 * in the outbox (one message per person and channel). {@link #NOW}, the default, queues them before
 * {@code start} returns; a host whose roll-calls reach tens of thousands hands them to a thread of
 * its own ({@link #on}), so that {@code start} returns once the test and its audience are stored.
 * Either way nothing is lost: requests that were not queued (the host stopped first, the outbox
 * could not be written, the executor refused the work) are queued by the next escalation sweep
 * under the ids they always had, and a roll-call's status says how many are not queued yet.
 */
@FunctionalInterface
public interface RequestQueueing {
    /** Queues the requests on the caller's thread, before {@code start} returns. */
    RequestQueueing NOW = Runnable::run;

    /** Runs {@code work}, which queues one test's requests and reports its own failures, now or later. */
    void queue(Runnable work);

    /** Queueing on the executor (a refusal leaves the requests to the next escalation sweep). */
    static RequestQueueing on(Executor executor) {
        Require.nonNull(executor, "executor");
        return executor::execute;
    }
}
