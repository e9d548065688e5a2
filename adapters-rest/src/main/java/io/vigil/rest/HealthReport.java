package io.vigil.rest;

import io.vigil.kernel.Require;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code GET /api/v1/health} answers: the state of the stores, why when they are not up, and
 * the numbers of the connection pool in front of them when there is one.
 *
 * @param status UP (200), DEGRADED (503: the stores answer, but every pooled connection is in use,
 *               so requests wait for one and may time out) or DOWN (503: the stores cannot be reached)
 * @param detail why the status is not UP; empty when it is
 * @param pool   the connection pool's numbers, if the stores are behind one
 */
public record HealthReport(Status status, String detail, Optional<Pool> pool) {
    /** The states, each with the HTTP status it is answered with. */
    public enum Status {
        UP(200), DEGRADED(503), DOWN(503);

        private final int httpStatus;

        Status(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The HTTP status the health route answers in this state. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /**
     * A connection pool's numbers at one instant.
     *
     * @param active  connections in use
     * @param idle    connections open and free
     * @param max     the most the pool opens
     * @param waiting requests waiting for a connection
     */
    public record Pool(int active, int idle, int max, int waiting) {
        public Pool {
            Require.that(active >= 0 && idle >= 0 && max >= 1 && waiting >= 0, "pool",
                    "numbers must not be negative, and max at least 1");
        }

        /** Every connection the pool may open is in use: the next request waits for one. */
        public boolean saturated() {
            return active >= max;
        }
    }

    public HealthReport {
        Require.nonNull(status, "status");
        detail = detail == null ? "" : detail;
        Require.nonNull(pool, "pool");
    }

    /** The stores are up. */
    public static HealthReport up() {
        return new HealthReport(Status.UP, "", Optional.empty());
    }

    /** The stores cannot be reached, and why. */
    public static HealthReport down(String detail) {
        return new HealthReport(Status.DOWN, detail, Optional.empty());
    }

    /**
     * The report for a pool and the probe of the stores behind it: DEGRADED when the pool is
     * saturated (the probe is not asked: it would wait for a connection), else the probe's state.
     */
    public static HealthReport of(Pool pool, Supplier<HealthReport> probe) {
        if (pool.saturated()) {
            return new HealthReport(Status.DEGRADED, "every connection of the pool is in use (" + pool.active()
                    + " of " + pool.max() + "), " + pool.waiting() + (pool.waiting() == 1 ? " request" : " requests")
                    + " waiting for one", Optional.of(pool));
        }
        HealthReport probed = probe.get();
        return new HealthReport(probed.status(), probed.detail(), Optional.of(pool));
    }
}
