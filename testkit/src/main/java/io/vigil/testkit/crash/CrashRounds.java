package io.vigil.testkit.crash;

import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills a {@link CrashWriter} child JVM with {@code destroyForcibly()} (SIGKILL on Linux) at a random
 * moment, reopens the store on the same data and counts the acknowledged writes it no longer holds:
 * a person acknowledged at version n must be found at version n or later.
 */
public final class CrashRounds {
    private final Class<? extends CrashTarget> target;
    private final String location;
    private final Path workDir;
    private final int writers;
    private final Duration minRun;
    private final Duration maxRun;
    private final Random random;

    /**
     * @param workDir where the acknowledgement log and the child's output are kept
     * @param minRun  the shortest time the child writes before it is killed (after its store is open)
     * @param maxRun  the longest
     */
    public CrashRounds(Class<? extends CrashTarget> target, String location, Path workDir, int writers,
                       Duration minRun, Duration maxRun, long seed) {
        this.target = target;
        this.location = location;
        this.workDir = workDir;
        this.writers = writers;
        this.minRun = minRun;
        this.maxRun = maxRun;
        this.random = new Random(seed);
    }

    /**
     * The outcome of some rounds: kills, writes acknowledged, those lost after the last kill, how many
     * kills lost something, and a few examples.
     */
    public record Result(int kills, long acknowledged, int lost, int killsWithLoss, List<String> examples) {
        @Override
        public String toString() {
            return kills + " kills, " + acknowledged + " writes acknowledged, " + lost + " lost (in " + killsWithLoss
                    + " kills)" + (examples.isEmpty() ? "" : " " + examples);
        }
    }

    /** Runs {@code rounds} kill-and-reopen rounds; each reopening checks every write acknowledged so far. */
    public Result run(int rounds) throws Exception {
        Files.createDirectories(workDir);
        Path acks = workDir.resolve("acknowledged.log");
        List<String> missing = List.of();
        int killsWithLoss = 0;
        for (int round = 0; round < rounds; round++) {
            killOnce(acks, round);
            int before = missing.size();
            missing = missing(read(acks));
            if (missing.size() > before) {
                killsWithLoss++;
            }
        }
        return new Result(rounds, lines(acks), missing.size(), killsWithLoss,
                missing.stream().limit(5).toList());
    }

    private void killOnce(Path acks, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = workDir.resolve("child-" + round + ".log");
        Path ready = CrashWriter.ready(acks);
        Files.deleteIfExists(ready);
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), target.getName(), location, acks.toString(), Integer.toString(writers))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(ready)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the crash writer ended before writing: " + Files.readString(out));
            }
            Thread.sleep(5);
        }
        long span = maxRun.toMillis() - minRun.toMillis();
        Thread.sleep(minRun.toMillis() + (span <= 0 ? 0 : (long) (random.nextDouble() * span)));
        if (!child.isAlive()) {
            throw new IllegalStateException("the crash writer died on its own: " + Files.readString(out));
        }
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the crash writer did not die within 30 s of SIGKILL");
        }
    }

    private List<String> missing(Map<PersonId, Long> acknowledged) throws Exception {
        List<String> missing = new ArrayList<>();
        try (CrashTarget.Opened opened = target.getConstructor().newInstance().open(location)) {
            acknowledged.forEach((id, version) -> {
                Optional<Person> found = opened.persons().findById(id);
                if (found.isEmpty() || found.get().version() < version) {
                    missing.add(id + " acknowledged at version " + version + ", found "
                            + found.map(p -> "at version " + p.version()).orElse("nothing"));
                }
            });
        }
        return missing;
    }

    /** The highest acknowledged version of each person; a torn last line (the kill during a log append) is skipped. */
    private static Map<PersonId, Long> read(Path acks) {
        Map<PersonId, Long> versions = new LinkedHashMap<>();
        try {
            if (!Files.exists(acks)) {
                return versions;
            }
            for (String line : Files.readAllLines(acks, StandardCharsets.US_ASCII)) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[0].length() == 36 && !parts[1].isEmpty()) {
                    versions.merge(PersonId.of(parts[0]), Long.parseLong(parts[1]), Math::max);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static long lines(Path acks) throws IOException {
        if (!Files.exists(acks)) {
            return 0;
        }
        try (var lines = Files.lines(acks, StandardCharsets.US_ASCII)) {
            return lines.count();
        }
    }
}
