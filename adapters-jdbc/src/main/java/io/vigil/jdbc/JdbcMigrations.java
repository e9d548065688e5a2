package io.vigil.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema up to date with Flyway; run it once at start-up, before the stores are
 * used. Migrations shared by every database are in {@code io/vigil/jdbc/migration}; a version that
 * must differ between databases is in each of {@code io/vigil/jdbc/dialect/h2}, {@code .../postgresql}
 * and {@code .../sqlite} instead, under the same name (see {@link Dialect#migrationLocation()}).
 */
public final class JdbcMigrations {
    private JdbcMigrations() {
    }

    /** Where Vigil's migrations shared by every database live on the class path. */
    public static final String LOCATION = "classpath:io/vigil/jdbc/migration";

    /** Applies every pending migration to the database (H2, PostgreSQL or SQLite), recorded in Flyway's default history table. */
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
        Dialect dialect = Dialect.of(dataSource);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION, dialect.migrationLocation())
                .placeholders(dialect.placeholders());
    }
}
