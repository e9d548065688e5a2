package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances starting at once on one empty database seed the demo office once, and both start. */
class DemoSeedingRaceTest {

    private static Map<String, String> env(Path dir, String url) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true"));
        if (url != null) {
            env.putAll(Map.of("VIGIL_DB_URL", url, "VIGIL_DB_USER", "postgres", "VIGIL_DB_PASSWORD", "postgres"));
        }
        return env;
    }

    /** Starts two apps at the same moment, then closes them; each start must succeed. */
    private static void race(AppConfig first, AppConfig second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReferenceApp>> apps = new ArrayList<>();
            for (AppConfig config : List.of(first, second)) {
                apps.add(pool.submit(() -> {
                    together.await();
                    return ReferenceApp.start(config);
                }));
            }
            for (Future<ReferenceApp> app : apps) {
                app.get(120, TimeUnit.SECONDS).close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Long> seededAlone(AppConfig config, HikariDataSource ds) throws Exception {
        ReferenceApp.start(config).close();
        return DemoSeedCounts.of(ds);
    }

    @Test
    void two_instances_on_one_empty_postgres_seed_once(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE alone");
                s.execute("CREATE DATABASE raced");
            }
            String alone = server.getJdbcUrl("postgres", "alone");
            String raced = server.getJdbcUrl("postgres", "raced");
            Map<String, Long> once;
            try (HikariDataSource ds = JdbcDataSources.pool(alone, "postgres", "postgres")) {
                once = seededAlone(AppConfig.fromEnvironment(env(dir.resolve("alone"), alone)), ds);
            }
            for (int round = 0; round < 3; round++) {
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS raced");
                    s.execute("CREATE DATABASE raced");
                }
                race(AppConfig.fromEnvironment(env(dir.resolve("a" + round), raced)),
                        AppConfig.fromEnvironment(env(dir.resolve("b" + round), raced)));
                try (HikariDataSource ds = JdbcDataSources.pool(raced, "postgres", "postgres")) {
                    assertThat(DemoSeedCounts.of(ds)).as("round " + round).isEqualTo(once);
                }
            }
        }
    }

    @Test
    void two_instances_on_one_empty_sqlite_file_seed_once(@TempDir Path dir) throws Exception {
        Map<String, Long> once;
        try (HikariDataSource ds = JdbcDataSources.sqliteFile(dir.resolve("alone"))) {
            once = seededAlone(AppConfig.fromEnvironment(env(dir.resolve("alone"), null)), ds);
        }
        for (int round = 0; round < 3; round++) {
            Path shared = dir.resolve("raced" + round);
            race(AppConfig.fromEnvironment(env(shared, null)), AppConfig.fromEnvironment(env(shared, null)));
            try (HikariDataSource ds = JdbcDataSources.sqliteFile(shared)) {
                assertThat(DemoSeedCounts.of(ds)).as("round " + round).isEqualTo(once);
            }
        }
    }

    @Test
    void two_instances_on_one_empty_json_directory_seed_once(@TempDir Path dir) throws Exception {
        Path alone = dir.resolve("alone");
        ReferenceApp.start(AppConfig.fromEnvironment(files(env(alone, null)))).close();
        Map<String, Long> once = DemoSeedCounts.files(alone.resolve("json"));
        assertThat(once).isNotEmpty();
        for (int round = 0; round < 3; round++) {
            Path shared = dir.resolve("raced" + round);
            race(AppConfig.fromEnvironment(files(env(shared, null))), AppConfig.fromEnvironment(files(env(shared, null))));
            assertThat(DemoSeedCounts.files(shared.resolve("json"))).as("round " + round).isEqualTo(once);
        }
    }

    private static Map<String, String> files(Map<String, String> env) {
        env.put("VIGIL_STORE", "files");
        return env;
    }
}
