package io.vigil.rest.resource;

import io.vigil.rest.HealthReport;
import java.util.Optional;

/**
 * The answer of the health check: {@code UP}; {@code DEGRADED} (status 503) when every connection of
 * the stores' pool is in use; {@code DOWN} (status 503) when the stores cannot be reached. The detail
 * says why it is not UP; the pool's numbers are given when the stores are behind a pool.
 */
public record HealthResource(String status, String version, String detail, Optional<PoolResource> pool) {
    /** A connection pool's numbers: in use, free, the most it opens, requests waiting for one. */
    public record PoolResource(int active, int idle, int max, int waiting) {
    }

    public static HealthResource from(HealthReport report, String version) {
        return new HealthResource(report.status().name(), version, report.detail(), report.pool()
                .map(p -> new PoolResource(p.active(), p.idle(), p.max(), p.waiting())));
    }
}
