package io.vigil.files.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.testkit.crash.CrashRounds;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM writing JSON files with four writers is killed with SIGKILL; no acknowledged write is lost. */
class FilesKillTest {
    @Test
    void no_acknowledged_write_is_lost_when_the_process_is_killed_mid_write(@TempDir Path dir) throws Exception {
        CrashRounds.Result result = new CrashRounds(FilesCrashTarget.class, dir.resolve("json").toString(), dir, 4,
                Duration.ofMillis(300), Duration.ofMillis(1500), 10).run(4);
        System.out.println(getClass().getSimpleName() + ": " + result);
        assertThat(result.acknowledged()).as(result.toString()).isPositive();
        assertThat(result.lost()).as(result.toString()).isZero();
    }
}
