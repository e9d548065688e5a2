package io.vigil.jdbc;

import io.vigil.kernel.store.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a database's schema up to date with Flyway; run it once at start-up, before the stores are used. */
public final class JdbcMigrations {
    private JdbcMigrations() {
    }

    /** Where Vigil's migrations live on the class path. */
    public static final String LOCATION = "classpath:io/vigil/jdbc/migration";

    /** Applies every pending migration to the database (H2 or PostgreSQL), recorded in Flyway's default history table. */
    public static void migrate(DataSource dataSource) {
        configure(dataSource).load().migrate();
    }

    /** Applies the migrations up to and including {@code version} only: for tests of a later migration. */
    static void migrateTo(DataSource dataSource, String version) {
        configure(dataSource).target(version).load().migrate();
    }

    /**
     * Applies every pending migration, recorded in {@code historyTable} rather than Flyway's default, for a
     * host whose own migrations keep that one. A schema that already holds the host's tables but no such
     * history is baselined at version 0, so Vigil's first migration still runs.
     */
    public static void migrate(DataSource dataSource, String historyTable) {
        configure(dataSource).table(historyTable).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        boolean postgres = isPostgres(dataSource);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(Map.of(
                        "json_text", postgres ? "TEXT" : "CHARACTER VARYING(1000000)",
                        "json_large", postgres ? "TEXT" : "CHARACTER LARGE OBJECT",
                        "collate_c", postgres ? "COLLATE \"C\"" : ""));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new StorageException("cannot reach the database to migrate it", e);
        }
    }
}
