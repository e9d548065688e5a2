package io.vigil.jdbc;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers: transactions, parameter binding, row mapping; every failure becomes a {@link StorageException}. */
public final class Jdbc {
    private final DataSource dataSource;
    private volatile Dialect dialect;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The database's dialect, asked of the database on first use. */
    public Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(dataSource);
            dialect = known;
        }
        return known;
    }

    /** Work inside a connection's transaction; throwing anything rolls back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction and commits it; a database error becomes a {@link StorageException}
     * and, when the data source keeps a {@link WriteHealth}, is reported there, as is each commit.
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (dataSource instanceof WriteHealth.Source health) {
                    health.writeHealth().succeeded();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (dataSource instanceof WriteHealth.Source health) {
                health.writeHealth().failed(e);
            }
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a connection in auto-commit mode: each statement it runs is a transaction
     * of its own, committed as it completes, so a single write takes one round trip to the database
     * where {@link #inTransaction} takes two (the statement, then the commit). A database error
     * becomes a {@link StorageException} and, as each success, is reported to the data source's
     * {@link WriteHealth} when it keeps one; work that catches an error itself (an expected key
     * collision) reports nothing for it.
     */
    public <T> T autoCommitted(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            T result = work.run(c);
            if (dataSource instanceof WriteHealth.Source health) {
                health.writeHealth().succeeded();
            }
            return result;
        } catch (SQLException e) {
            if (dataSource instanceof WriteHealth.Source health) {
                health.writeHealth().failed(e);
            }
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, mapper, params);
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** The most parameters one statement of {@link #insertRows} binds (SQLite allows 32,766, PostgreSQL 65,535). */
    static final int MAX_PARAMETERS = 30_000;
    /** The most rows one statement of {@link #insertRows} inserts. */
    static final int MAX_ROWS = 500;

    /** The fewest rows {@link #insertRows} copies on PostgreSQL rather than inserts. */
    static final int COPY_FROM = 1_000;

    /**
     * Inserts the rows (each the values of {@code columns}, in order) as multi-row {@code INSERT ...
     * VALUES (...), (...)} statements of up to {@value #MAX_ROWS} rows, {@code suffix} (such as
     * {@code ON CONFLICT (id) DO NOTHING}, or empty) after each: one round trip per statement where
     * a batch of single-row inserts is one statement per row for the database to run. On PostgreSQL,
     * {@value #COPY_FROM} rows or more of text, numbers and booleans with no suffix are one
     * {@code COPY} instead (a roll-call's 100,000 member rows, an audit entry naming them all), in the
     * same transaction. Returns how many rows the database says it inserted.
     */
    public static int insertRows(Connection c, String table, List<String> columns, List<Object[]> rows,
                                 String suffix) throws SQLException {
        if (suffix.isEmpty() && rows.size() >= COPY_FROM && Dialect.of(c) == Dialect.POSTGRESQL
                && PostgresCopy.copyable(rows)) {
            return Math.toIntExact(PostgresCopy.copy(c, table, columns, rows));
        }
        int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns.size()));
        String row = "(" + marks(columns.size()) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            Object[] params = new Object[chunk.size() * columns.size()];
            for (int i = 0; i < chunk.size(); i++) {
                Object[] values = chunk.get(i);
                if (values.length != columns.size()) {
                    throw new IllegalArgumentException("a row of " + table + " has " + values.length
                            + " values for " + columns.size() + " columns");
                }
                System.arraycopy(values, 0, params, i * columns.size(), values.length);
            }
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), row))
                    + (suffix.isEmpty() ? "" : " " + suffix);
            inserted += update(c, sql, params);
        }
        return inserted;
    }

    /** Binds the parameters in order; instants (or {@link #timestamp}s) as the database stores them. */
    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        Boolean sqlite = null;
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant || p instanceof OffsetDateTime) {
                Instant t = p instanceof Instant instant ? instant : ((OffsetDateTime) p).toInstant();
                if (sqlite == null) {
                    sqlite = Dialect.of(ps.getConnection()) == Dialect.SQLITE;
                }
                ps.setObject(i + 1, sqlite ? epochMicros(t) : timestamp(t));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /**
     * Microseconds since the epoch, the precision of H2's and PostgreSQL's timestamps, rounded down;
     * instants beyond the range of a long of microseconds (about 292,000 years) are clamped to it.
     */
    static long epochMicros(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** {@code n} parameter marks for an {@code IN} list: "?, ?, ?". */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The offices' ids, for the parameters of an {@code IN} list (after any parameters given before them). */
    public static Object[] officeParams(Collection<OfficeId> offices, Object... before) {
        List<Object> all = new ArrayList<>(Arrays.asList(before));
        offices.forEach(o -> all.add(o.value()));
        return all.toArray();
    }

    public static OffsetDateTime timestamp(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    /** Whether the exception is a unique or primary key violation (SQLState class 23). */
    public static boolean isConstraintViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
