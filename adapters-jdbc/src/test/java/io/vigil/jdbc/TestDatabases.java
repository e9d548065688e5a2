package io.vigil.jdbc;

import io.vigil.json.VigilJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** One migrated H2 and one migrated embedded PostgreSQL per test JVM, shared by the contract tests. */
final class TestDatabases {
    private static JdbcStores h2;
    private static JdbcStores postgres;
    private static EmbeddedPostgres server;

    private TestDatabases() {
    }

    static synchronized JdbcStores h2() {
        if (h2 == null) {
            DataSource ds = JdbcDataSources.pool("jdbc:h2:mem:contracts;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcMigrations.migrate(ds);
            h2 = JdbcStores.create(ds, VigilJson.mapper());
        }
        return h2;
    }

    static synchronized JdbcStores postgres() {
        if (postgres == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DataSource ds = JdbcDataSources.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            JdbcMigrations.migrate(ds);
            postgres = JdbcStores.create(ds, VigilJson.mapper());
        }
        return postgres;
    }
}
