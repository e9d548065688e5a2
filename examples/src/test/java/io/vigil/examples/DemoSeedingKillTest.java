package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app's first start, killed with SIGKILL while it seeds the demo office, leaves either
 * nothing seeded or everything; the next start comes up with the whole demo office.
 */
class DemoSeedingKillTest {
    /** What the app logs as its seeding begins, and once it has seeded. */
    private static final String SEEDING = "Demo office: seeding it unless it is there";
    private static final String SEEDED = "Demo bearer tokens";
    private static final int ROUNDS = 2;
    /**
     * How long the child may take to log a line: its JVM start and the seeding of both demo offices
     * take seconds on an idle machine and more than a minute on a loaded CI machine, so the bound is
     * generous; a child that dies ends the wait at once.
     */
    private static final long WAIT_SECONDS = 300;

    @Test
    void a_first_start_on_sqlite_killed_while_seeding_leaves_nothing_or_everything(@TempDir Path dir) throws Exception {
        killWhileSeeding(dir, "jdbc");
    }

    @Test
    void a_first_start_on_json_files_killed_while_seeding_leaves_nothing_or_everything(@TempDir Path dir)
            throws Exception {
        killWhileSeeding(dir, "files");
    }

    /** What is seeded in {@code data}, read from the store directly. */
    private static Map<String, Long> seeded(String store, Path data) throws Exception {
        if (store.equals("files")) {
            return DemoSeedCounts.files(data.resolve("json"));
        }
        try (HikariDataSource ds = JdbcDataSources.sqliteFile(data)) {
            return DemoSeedCounts.of(ds);
        }
    }

    private void killWhileSeeding(Path dir, String store) throws Exception {
        Path alone = dir.resolve("alone");
        Process calibration = child(dir, store, alone, dir.resolve("alone.log"));
        long seeding = awaitLine(calibration, dir.resolve("alone.log"), SEEDING);
        long seedingTook = (awaitLine(calibration, dir.resolve("alone.log"), SEEDED) - seeding) / 1_000_000;
        kill(calibration);
        Map<String, Long> everything = seeded(store, alone);
        Random random = new Random(7);
        StringBuilder outcomes = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            Path data = dir.resolve("killed" + round);
            Path log = dir.resolve("child" + round + ".log");
            Process app = child(dir, store, data, log);
            awaitLine(app, log, SEEDING);
            Thread.sleep(random.nextLong(seedingTook + seedingTook / 5 + 1));
            kill(app);
            Map<String, Long> after = seeded(store, data);
            outcomes.append(DemoSeedCounts.none(after) ? "nothing " : after.equals(everything) ? "everything "
                    : "part ");
            assertThat(DemoSeedCounts.none(after) || after.equals(everything))
                    .as("round %d left %s; everything is %s", round, after, everything).isTrue();
            ReferenceApp.start(config(store, data)).close();
            assertThat(seeded(store, data)).as("the restart after round " + round).isEqualTo(everything);
        }
        System.out.println("Demo seeding on " + store + " (" + seedingTook + " ms) killed " + ROUNDS + " times, leaving: " + outcomes);
    }

    /** The reference app in a child JVM on {@code data}, its log in {@code log}. */
    private static Process child(Path dir, String store, Path data, Path log) throws java.io.IOException {
        Files.createDirectories(data);
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + logging(dir), "-cp",
                System.getProperty("java.class.path"), ReferenceApp.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().putAll(Map.of("VIGIL_DATA_DIR", data.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_STORE", store));
        return child.start();
    }

    /** Waits for the child to log {@code line}; returns when it was seen ({@link System#nanoTime}). */
    private static long awaitLine(Process app, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Files.readString(log).contains(line)) {
            assertThat(app.isAlive() && System.nanoTime() < deadline).as("the child app logs '" + line + "': "
                    + Files.readString(log)).isTrue();
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private static void kill(Process app) throws InterruptedException {
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static AppConfig config(String store, Path data) {
        return AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", data.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_STORE", store));
    }

    /** A logging configuration for the child: the app's own lines, on stdout. */
    private static String logging(Path dir) throws java.io.IOException {
        Path file = dir.resolve("logback-child.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%msg%n</pattern></encoder>
                  </appender>
                  <logger name="io.vigil.examples.ReferenceApp" level="INFO"/>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        return file.toString();
    }
}
