package io.vigil.rest;

/**
 * Whether the stores behind the API can be reached: {@code GET /api/v1/health} answers 200 UP when
 * they can, 503 DOWN when not, and 503 DEGRADED with the pool's numbers when a host's
 * {@link #report()} finds its connection pool saturated. A host binds one for its stores (with
 * {@code OptionalBinder}); by default the API reports only that it is up.
 */
@FunctionalInterface
public interface HealthCheck {
    /** Whether the stores answer now; waits a bounded time and never throws. */
    boolean storesUp();

    /** The state the health route answers: by default UP or DOWN as {@link #storesUp()} says; never throws. */
    default HealthReport report() {
        return storesUp() ? HealthReport.up() : HealthReport.down("the stores cannot be reached");
    }

    /** The default: reports only that the API itself answers. */
    static HealthCheck apiOnly() {
        return () -> true;
    }
}
