package io.vigil.jdbc;

import io.vigil.kernel.store.StorageException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a pool that can run a piece of work, such as seeding the demo office through the
 * use cases, as one transaction under a database-wide lock ({@link #once}). On the thread running the
 * work every connection asked for is the same one, and the stores' own commits are deferred to the
 * work's end: everything it wrote is committed together, or nothing is (a failure, or a killed
 * process, leaves the database as it was). Everywhere else it hands out the pool's connections as they are.
 *
 * <p>It also keeps the {@link WriteHealth} of the stores' writes, for a health check.
 *
 * <p>The lock: PostgreSQL's transaction-scoped advisory lock; on SQLite the write lock that each
 * transaction takes when it begins ({@code IMMEDIATE}); on H2 a row lock on Flyway's history. A second
 * process (or thread) asking for the same lock waits until the first has committed, then sees its work.
 */
public final class OneTransactionDataSource implements DataSource, WriteHealth.Source {
    /** How long a second SQLite starter waits for the first one's lock. */
    static final int SQLITE_LOCK_WAIT_SECONDS = 300;
    private final DataSource pool;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    private final WriteHealth writeHealth = new WriteHealth();

    public OneTransactionDataSource(DataSource pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /** What the last write of the stores on this data source came to. */
    @Override
    public WriteHealth writeHealth() {
        return writeHealth;
    }

    /** What the stores' connection calls did inside the work. */
    private static final class Scope {
        final Connection connection;
        boolean rolledBack;

        Scope(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Runs {@code work} in one transaction holding the lock {@code lock} (a number naming what is done
     * once, e.g. the demo seeding), and commits what it wrote when it returns. Work that checks whether
     * it was already done (as {@code seedIfEmpty} does) is thereby done once by concurrent starters.
     *
     * @throws StorageException when the database refuses, or a store rolled back part of the work (then
     *                          nothing of it is kept)
     */
    public <T> T once(long lock, Supplier<T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("already inside a single transaction");
        }
        try (Connection c = pool.getConnection()) {
            begin(c);
            Scope scope = new Scope(c);
            try {
                lock(c, lock);
                current.set(scope);
                T result = work.get();
                if (scope.rolledBack) {
                    throw new StorageException("a store rolled back part of the work; none of it was kept", null);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
                end(c);
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Begins the transaction. On SQLite that takes the write lock, and the wait for a busy database is
     * raised for this transaction to {@link #SQLITE_LOCK_WAIT_SECONDS} seconds, since the first instance
     * may seed for longer than the pool's busy timeout.
     */
    private static void begin(Connection c) throws SQLException {
        if (Dialect.of(c) == Dialect.SQLITE) {
            busyTimeout(c, SQLITE_LOCK_WAIT_SECONDS * 1000);
        }
        c.setAutoCommit(false);
    }

    private static void end(Connection c) throws SQLException {
        c.setAutoCommit(true);
        if (Dialect.of(c) == Dialect.SQLITE) {
            busyTimeout(c, Integer.parseInt(JdbcDataSources.SQLITE_SETTINGS.get("busy_timeout")));
        }
    }

    private static void busyTimeout(Connection c, int millis) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + millis);
        }
    }

    private static void lock(Connection c, long lock) throws SQLException {
        switch (Dialect.of(c)) {
            case POSTGRESQL -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, lock);
                    ps.executeQuery().close();
                }
            }
            case H2 -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT \"installed_rank\" FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 1 FOR UPDATE")) {
                    ps.executeQuery().close();
                }
            }
            case SQLITE -> {
                // the transaction began IMMEDIATE: it holds the database's write lock already
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Scope scope = current.get();
        return scope == null ? pool.getConnection() : shared(scope);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Scope scope = current.get();
        return scope == null ? pool.getConnection(username, password) : shared(scope);
    }

    /** The work's connection, whose commits, closes and auto-commit changes wait for the work's end. */
    private static Connection shared(Scope scope) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close", "commit", "setAutoCommit":
                            return null;
                        case "getAutoCommit":
                            return false;
                        case "isClosed":
                            return scope.connection.isClosed();
                        case "rollback":
                            if (args == null) {
                                scope.rolledBack = true;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(scope.connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
