package io.vigil.jdbc;

import io.vigil.kernel.store.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The databases the JDBC adapter runs on, and what differs between them: the migrations' column
 * types, whether a read can lock a row ({@code SELECT ... FOR UPDATE}; SQLite instead takes the
 * database's write lock when a transaction begins), and how instants are bound (SQLite has no
 * timestamp type: they are stored as microseconds since the epoch, which order as instants do).
 */
public enum Dialect {
    H2("h2", Map.of("json_text", "CHARACTER VARYING(1000000)", "json_large", "CHARACTER LARGE OBJECT",
            "collate_c", "")),
    POSTGRESQL("postgresql", Map.of("json_text", "TEXT", "json_large", "TEXT", "collate_c", "COLLATE \"C\"")),
    SQLITE("sqlite", Map.of("json_text", "TEXT", "json_large", "TEXT", "collate_c", ""));

    private final String folder;
    private final Map<String, String> placeholders;

    Dialect(String folder, Map<String, String> placeholders) {
        this.folder = folder;
        this.placeholders = placeholders;
    }

    /** The migrations of this database only, beside the shared ones in {@code io/vigil/jdbc/migration}. */
    public String migrationLocation() {
        return "classpath:io/vigil/jdbc/dialect/" + folder;
    }

    /** The values of the migrations' placeholders ({@code ${json_text}}, {@code ${json_large}}, {@code ${collate_c}}). */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** What follows a {@code SELECT} that must lock the rows it reads until the transaction ends. */
    public String lockingRead() {
        return this == SQLITE ? "" : " FOR UPDATE";
    }

    /** The dialect of the database behind a connection. */
    public static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("sqlite")) {
            return SQLITE;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database: " + product + " (Vigil runs on PostgreSQL, SQLite and H2)");
    }

    /** The dialect of the database behind a data source. */
    public static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c);
        } catch (SQLException e) {
            throw new StorageException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
