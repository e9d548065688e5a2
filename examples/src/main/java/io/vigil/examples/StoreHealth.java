package io.vigil.examples;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.vigil.jdbc.WriteHealth;
import io.vigil.rest.HealthCheck;
import io.vigil.rest.HealthReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference app's health check: the database answers {@code SELECT 1} and the stores' last
 * write did not fail for want of storage, or the JSON directory takes a 64 KiB file, within a short
 * limit; a probe still running when the next check comes is shared, so a hung store never piles up
 * probes. On JDBC it also reports the connection pool's numbers, and DEGRADED, without probing,
 * while every connection is in use.
 */
final class StoreHealth implements HealthCheck, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreHealth.class);
    static final Duration LIMIT = Duration.ofSeconds(2);

    private final Callable<?> probe;
    private final Duration limit;
    private final Optional<HikariDataSource> pool;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-health");
        t.setDaemon(true);
        return t;
    });
    private Future<?> running;

    StoreHealth(Callable<?> probe, Duration limit) {
        this(probe, limit, Optional.empty());
    }

    private StoreHealth(Callable<?> probe, Duration limit, Optional<HikariDataSource> pool) {
        this.probe = probe;
        this.limit = limit;
        this.pool = pool;
    }

    /** The database behind the pool answers {@code SELECT 1}, and the pool has a connection free. */
    static StoreHealth jdbc(HikariDataSource pool) {
        return jdbc(pool, new WriteHealth());
    }

    /**
     * As above, and the stores' last write did not fail for want of storage ({@code writes}: a full
     * disk is DOWN until a write succeeds again).
     */
    static StoreHealth jdbc(HikariDataSource pool, WriteHealth writes) {
        Callable<?> select = selectOne(pool);
        return new StoreHealth(() -> {
            Optional<String> failure = writes.failure();
            if (failure.isPresent()) {
                throw new SQLException("the last write failed: " + failure.get());
            }
            return select.call();
        }, LIMIT, Optional.of(pool));
    }

    /** The database behind {@code dataSource} answers {@code SELECT 1}. */
    static Callable<?> selectOne(DataSource dataSource) {
        return () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.setQueryTimeout((int) LIMIT.toSeconds());
                try (ResultSet r = s.executeQuery("SELECT 1")) {
                    if (!r.next()) {
                        throw new SQLException("SELECT 1 returned no row");
                    }
                }
            }
            return null;
        };
    }

    /** Bytes the files probe writes: a directory with less room than this cannot take a large record. */
    static final int FILES_PROBE_BYTES = 64 * 1024;

    /** A file of {@value #FILES_PROBE_BYTES} bytes can be written to and deleted from {@code directory}. */
    static StoreHealth files(Path directory) {
        return new StoreHealth(() -> {
            Path probe = Files.createTempFile(directory, ".health-", ".tmp");
            try {
                Files.write(probe, new byte[FILES_PROBE_BYTES]);
            } finally {
                Files.delete(probe);
            }
            return null;
        }, LIMIT);
    }

    @Override
    public HealthReport report() {
        Optional<HealthReport.Pool> numbers = pool.flatMap(StoreHealth::numbers);
        if (numbers.isEmpty()) {
            return HealthCheck.super.report();
        }
        HealthReport report = HealthReport.of(numbers.get(), HealthCheck.super::report);
        if (report.status() == HealthReport.Status.DEGRADED) {
            LOG.warn("Health: {}", report.detail());
        }
        return report;
    }

    /** The pool's numbers now, if it has started. */
    private static Optional<HealthReport.Pool> numbers(HikariDataSource pool) {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return Optional.empty();
        }
        return Optional.of(new HealthReport.Pool(bean.getActiveConnections(), bean.getIdleConnections(),
                pool.getMaximumPoolSize(), bean.getThreadsAwaitingConnection()));
    }

    @Override
    public boolean storesUp() {
        Future<?> probing;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = executor.submit(probe);
            }
            probing = running;
        }
        try {
            probing.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            LOG.warn("Health: the store cannot be reached: {}", e.getCause().toString());
            return false;
        } catch (TimeoutException e) {
            LOG.warn("Health: the store did not answer within {} ms", limit.toMillis());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
