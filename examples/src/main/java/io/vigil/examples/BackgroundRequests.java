package io.vigil.examples;

import io.vigil.alerting.port.out.RequestQueueing;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference app's {@link RequestQueueing}: a test's or roll-call's requests are queued on a
 * thread of their own ({@code vigil-requests}), so that a start returns once the test is stored;
 * while the demo office is seeded (in one transaction on the seeding thread) they are queued on the
 * caller's thread. Closing waits up to {@value #DRAIN_SECONDS} s for the requests being queued;
 * what is left is queued by the next escalation sweep after a restart.
 */
final class BackgroundRequests implements RequestQueueing, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRequests.class);
    static final int DRAIN_SECONDS = 30;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-requests");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean background;

    /** From now on, requests are queued in the background. */
    void inBackground() {
        background = true;
    }

    @Override
    public void queue(Runnable work) {
        if (background) {
            executor.execute(work);
        } else {
            work.run();
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Requests still being queued after {} s are left to the next escalation sweep", DRAIN_SECONDS);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
