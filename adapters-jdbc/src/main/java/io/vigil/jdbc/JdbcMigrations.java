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

    /** Applies every pending migration to the database (H2 or PostgreSQL). */
    public static void migrate(DataSource dataSource) {
        configure(dataSource).load().migrate();
    }

    /** Applies the migrations up to and including {@code version} only: for tests of a later migration. */
    static void migrateTo(DataSource dataSource, String version) {
        configure(dataSource).target(version).load().migrate();
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        boolean postgres = isPostgres(dataSource);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:io/vigil/jdbc/migration")
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
