package io.vigil.jdbc;

import io.vigil.wiring.ContextStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One migrated H2, one migrated SQLite (in a temporary directory) and one migrated embedded PostgreSQL per test JVM, shared by the contract tests,
 * with each context's stores opened once on each.
 */
public final class TestDatabases {
    private static DataSource h2;
    private static DataSource sqlite;
    private static DataSource postgres;
    private static EmbeddedPostgres server;
    private static final Map<String, Object> OPENED = new HashMap<>();

    private TestDatabases() {
    }

    /** A context's stores on the shared H2 database. */
    public static <P> P h2(Function<DataSource, ContextStores<P>> stores) {
        return opened("h2", h2(), stores);
    }

    /** A context's stores on the shared SQLite database (the embedded default), in a file as the app keeps it. */
    public static <P> P sqlite(Function<DataSource, ContextStores<P>> stores) {
        return opened("sqlite", sqlite(), stores);
    }

    /** A context's stores on the shared PostgreSQL database. */
    public static <P> P postgres(Function<DataSource, ContextStores<P>> stores) {
        return opened("postgres", postgres(), stores);
    }

    private static synchronized <P> P opened(String db, DataSource ds, Function<DataSource, ContextStores<P>> stores) {
        ContextStores<P> factory = stores.apply(ds);
        return factory.portsType().cast(OPENED.computeIfAbsent(db + ":" + factory.portsType().getName(),
                k -> factory.open()));
    }

    /** The shared H2 database, migrated. */
    public static synchronized DataSource h2() {
        if (h2 == null) {
            h2 = JdbcDataSources.pool("jdbc:h2:mem:contracts;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcMigrations.migrate(h2);
        }
        return h2;
    }

    /** The shared embedded SQLite database, migrated. */
    public static synchronized DataSource sqlite() {
        if (sqlite == null) {
            try {
                sqlite = JdbcDataSources.sqliteFile(Files.createTempDirectory("vigil-contracts-sqlite"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JdbcMigrations.migrate(sqlite);
        }
        return sqlite;
    }

    /** The JDBC URL of the shared PostgreSQL database (migrated), for a child JVM to connect to. */
    public static synchronized String postgresUrl() {
        postgres();
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The shared PostgreSQL database, migrated. */
    public static synchronized DataSource postgres() {
        if (postgres == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            JdbcMigrations.migrate(postgres);
        }
        return postgres;
    }

    /** An empty database of its own on the shared PostgreSQL server, not migrated: for tests of migrations. */
    public static synchronized DataSource emptyPostgres(String name) {
        postgres();
        try (java.sql.Connection c = server.getPostgresDatabase().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return JdbcDataSources.pool(server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
