package io.vigil.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The demo seeding on JSON files, as one step: under a lock file ({@code seed.lock} in the data
 * directory, held by one process, and one thread of it, at a time), an empty or missing JSON directory
 * is seeded in a staging directory beside it, which then takes its place by an atomic rename. A start
 * killed while seeding leaves only the staging directory, which the next start discards; a second
 * instance waits for the lock and finds the directory seeded.
 */
final class FilesSeeding {
    /** Threads of this JVM wait here first: the file lock is held per process. */
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private FilesSeeding() {
    }

    /** Seeds {@code json} through {@code seed} (given the staging directory) unless it holds files already. */
    static void seedOnce(Path dataDir, Path json, Consumer<Path> seed) {
        Path lockFile = dataDir.toAbsolutePath().normalize().resolve("seed.lock");
        synchronized (IN_PROCESS.computeIfAbsent(lockFile, k -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (holdsFiles(json)) {
                    return;
                }
                Path staging = json.resolveSibling(json.getFileName() + ".seeding");
                delete(staging);
                Files.createDirectories(staging);
                seed.accept(staging);
                delete(json);
                Files.move(staging, json, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot seed the demo office in " + json.toAbsolutePath(), e);
            }
        }
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.anyMatch(Files::isRegularFile);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
