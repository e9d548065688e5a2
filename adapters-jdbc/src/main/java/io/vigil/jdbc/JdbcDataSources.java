package io.vigil.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Pooled data sources for the supported databases. */
public final class JdbcDataSources {
    /** The file of the embedded database in its directory. */
    public static final String SQLITE_FILE = "vigil.sqlite";

    /**
     * The embedded database's settings: a write-ahead log, synced on every commit ({@code synchronous=FULL}),
     * so a commit that returned survives a killed process and a power cut; write transactions take the write
     * lock when they begin ({@code IMMEDIATE}), waiting up to 10 s for another writer; foreign keys enforced,
     * as the schema's {@code ON DELETE CASCADE} needs.
     */
    static final Map<String, String> SQLITE_SETTINGS = Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "transaction_mode", "IMMEDIATE",
            "busy_timeout", "10000",
            "foreign_keys", "true");

    private JdbcDataSources() {
    }

    /**
     * The embedded default: a SQLite database in the file {@value #SQLITE_FILE} under {@code directory}
     * (both created if missing), with the settings of {@link #SQLITE_SETTINGS}.
     */
    public static HikariDataSource sqliteFile(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory.toAbsolutePath(), e);
        }
        HikariConfig config = config("jdbc:sqlite:" + directory.toAbsolutePath().resolve(SQLITE_FILE), "", "");
        sqlite(config);
        return new HikariDataSource(config);
    }

    /**
     * An embedded H2 database kept in files under {@code directory} (created if missing). H2 acknowledges
     * commits before they reach its file (see the README's "Durability"): use it for tests and
     * throwaway data, {@link #sqliteFile} or PostgreSQL for data that must survive a crash.
     */
    public static HikariDataSource h2File(Path directory) {
        return pool("jdbc:h2:file:" + directory.toAbsolutePath().resolve("vigil") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** A pool on any JDBC URL (PostgreSQL in production, H2 or SQLite in tests). */
    public static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = config(url, user, password);
        if (url.startsWith("jdbc:sqlite:")) {
            sqlite(config);
        }
        return new HikariDataSource(config);
    }

    /**
     * The SQLite settings, and a first connection awaited for up to {@value #SQLITE_FIRST_CONNECTION_MS} ms:
     * opening a connection applies the settings, which waits for the write lock while another process
     * on the same file migrates or seeds it (two app instances starting together); the pool retries
     * instead of failing at once.
     */
    private static void sqlite(HikariConfig config) {
        SQLITE_SETTINGS.forEach(config::addDataSourceProperty);
        config.setInitializationFailTimeout(SQLITE_FIRST_CONNECTION_MS);
    }

    /** How long a new SQLite pool waits for its first connection, in milliseconds. */
    static final long SQLITE_FIRST_CONNECTION_MS = 120_000;

    private static HikariConfig config(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("vigil");
        config.setAutoCommit(true);
        return config;
    }
}
