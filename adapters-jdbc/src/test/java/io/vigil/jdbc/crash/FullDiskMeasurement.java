package io.vigil.jdbc.crash;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Person;
import io.vigil.testkit.crash.CrashTarget;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Samples;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full-disk measurement behind the README's "Durability": needs a small file system at
 * {@code -Dfulldisk.dir} (as root: {@code mount -t tmpfs -o size=3m tmpfs DIR}); not part of the build.
 */
class FullDiskMeasurement {
    private static final OfficeId OFFICE = OfficeId.of("FULL");

    @ParameterizedTest
    @ValueSource(classes = {SqliteCrashTarget.class, H2NoWriteDelayCrashTarget.class})
    void writes_while_the_disk_is_full_and_after(Class<? extends CrashTarget> type) throws Exception {
        String base = System.getProperty("fulldisk.dir");
        Assumptions.assumeTrue(base != null, "set -Dfulldisk.dir to a small file system");
        Path dir = Path.of(base, type.getSimpleName());
        Person template = Samples.one(PeopleGenerators.persons(OFFICE), 1);
        List<Person> acked = new ArrayList<>();
        StringBuilder log = new StringBuilder(type.getSimpleName() + ": ");
        CrashTarget target = type.getConstructor().newInstance();
        try (CrashTarget.Opened store = target.open(dir.toString())) {
            for (int i = 0; i < 50; i++) {
                acked.add(store.persons().save(person(template, i)));
            }
            Path filler = Path.of(base, "filler");
            fill(filler);
            int refused = 0;
            int acceptedWhileFull = 0;
            String firstError = "";
            for (int i = 0; i < 300; i++) {
                try {
                    acked.add(store.persons().save(person(template, 1000 + i)));
                    acceptedWhileFull++;
                } catch (RuntimeException e) {
                    if (refused++ == 0) {
                        firstError = e.toString();
                    }
                }
            }
            log.append("while full: ").append(acceptedWhileFull).append(" accepted, ").append(refused)
                    .append(" refused (first: ").append(firstError).append("); ");
            Files.delete(filler);
            int after = 0;
            String afterError = "";
            for (int i = 0; i < 50; i++) {
                try {
                    acked.add(store.persons().save(person(template, 5000 + i)));
                    after++;
                } catch (RuntimeException e) {
                    afterError = e.toString();
                }
            }
            log.append("space back: ").append(after).append(" of 50 accepted ").append(afterError).append("; ");
        } catch (RuntimeException e) {
            log.append("close failed: ").append(e).append("; ");
        }
        int lost = 0;
        try (CrashTarget.Opened reopened = target.open(dir.toString())) {
            for (Person p : acked) {
                if (reopened.persons().findById(p.id()).isEmpty()) {
                    lost++;
                }
            }
            log.append("reopened: ").append(lost).append(" of ").append(acked.size()).append(" acknowledged lost");
        } catch (RuntimeException e) {
            log.append("reopen failed: ").append(e);
        }
        System.out.println("MEASURED " + log);
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the file system is full
        }
    }

    private static Person person(Person t, int n) {
        return new Person(PersonId.random(), OFFICE, 0, t.givenName(), "Full" + n, t.category(), t.orgUnit(),
                Optional.empty(), t.contacts(), t.emergencyContacts(), t.specialNeeds(), t.bloodType());
    }
}
