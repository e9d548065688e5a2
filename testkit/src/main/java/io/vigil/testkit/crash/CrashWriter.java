package io.vigil.testkit.crash;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Person;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Samples;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child JVM of a crash test: opens a {@link CrashTarget} and runs writers that create persons and
 * update them (each update on the version the last save returned, as {@code If-Match} does), until it
 * is killed. Each write is appended to the acknowledgement log only after the store call returned, as
 * a 2xx answer is sent only then. A write the store refused is logged and not acknowledged. Once the
 * writers have started, it creates the file {@code <acknowledgement log>.ready}.
 *
 * <p>Arguments: the target's class name, its location, the acknowledgement log, the number of writers.
 */
public final class CrashWriter {
    private static final Logger LOG = LoggerFactory.getLogger(CrashWriter.class);
    static final OfficeId OFFICE = OfficeId.of("CRASH");
    /** Updates of each person after its creation. */
    static final int UPDATES = 3;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        CrashTarget target = (CrashTarget) Class.forName(args[0]).getConstructor().newInstance();
        CrashTarget.Opened opened = target.open(args[1]);
        int writers = Integer.parseInt(args[3]);
        Person template = Samples.one(PeopleGenerators.persons(OFFICE), 1);
        try (FileChannel acks = FileChannel.open(Path.of(args[2]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Thread t = new Thread(() -> write(opened.persons(), template, acks), "crash-writer-" + i);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            Files.createFile(ready(Path.of(args[2])));
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    private static void write(PersonDirectory persons, Person template, FileChannel acks) {
        long n = 0;
        while (true) {
            Person person = new Person(PersonId.random(), OFFICE, 0, template.givenName(), "Crash" + n++,
                    template.category(), template.orgUnit(), Optional.empty(), template.contacts(),
                    template.emergencyContacts(), template.specialNeeds(), template.bloodType());
            try {
                Person saved = persons.save(person);
                acknowledge(acks, saved);
                for (int u = 0; u < UPDATES; u++) {
                    saved = persons.save(new Person(saved.id(), OFFICE, saved.version(), saved.givenName(),
                            saved.familyName(), saved.category(), saved.orgUnit(), saved.sponsor(), saved.contacts(),
                            saved.emergencyContacts(), Optional.of("update " + u), saved.bloodType()));
                    acknowledge(acks, saved);
                }
            } catch (RuntimeException e) {
                LOG.warn("crash-writer: refused: {}", e.toString());
            }
        }
    }

    /** The file the child creates once its store is open and its writers have started. */
    static Path ready(Path acks) {
        return acks.resolveSibling(acks.getFileName() + ".ready");
    }

    private static void acknowledge(FileChannel acks, Person saved) {
        byte[] line = (saved.id() + " " + saved.version() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            synchronized (acks) {
                acks.write(ByteBuffer.wrap(line));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to the acknowledgement log", e);
        }
    }
}
