package io.vigil.jdbc.crash;

import io.vigil.testkit.crash.CrashRounds;
import io.vigil.testkit.crash.CrashTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The measurement behind the choice of the embedded default (README, "Durability"): not part of the
 * build (its name does not end in Test); run it with
 * {@code mvn -B -o -pl adapters-jdbc -am test -Dtest=DurabilityMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrash.rounds=20}.
 */
class DurabilityMeasurement {

    @ParameterizedTest
    @ValueSource(classes = {H2FileCrashTarget.class, H2NoWriteDelayCrashTarget.class, SqliteCrashTarget.class})
    void kill_nine_during_four_writers(Class<? extends CrashTarget> target) throws Exception {
        Path dir = Files.createTempDirectory("vigil-measure-" + target.getSimpleName());
        int rounds = Integer.getInteger("crash.rounds", 20);
        CrashRounds.Result result = new CrashRounds(target, dir.resolve("db").toString(), dir, 4,
                Duration.ofMillis(300), Duration.ofMillis(2500), 42).run(rounds);
        System.out.println("MEASURED " + target.getSimpleName() + ": " + result);
    }
}
