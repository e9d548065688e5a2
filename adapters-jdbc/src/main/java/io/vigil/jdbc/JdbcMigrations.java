package io.vigil.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with Flyway; run it once at start-up, before the stores are
 * used. Migrations shared by every database are in {@code io/vigil/jdbc/migration}; a version that
 * must differ between databases is in each of {@code io/vigil/jdbc/dialect/h2}, {@code .../postgresql}
 * and {@code .../sqlite} instead, under the same name (see {@link Dialect#migrationLocation()}).
 */
public final class JdbcMigrations {
    private JdbcMigrations() {
    }

    /** Applies every pending migration to the database (H2, PostgreSQL or SQLite). */
    public static void migrate(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:io/vigil/jdbc/migration", dialect.migrationLocation())
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }
}
