package io.vigil.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.people.FilePeopleStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.StorageException;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {
    private final ObjectMapper json = VigilJson.mapper();
    private final OfficeId office = KernelGenerators.freshOffice();
    private final Samples samples = new Samples(1);

    @TempDir
    Path base;

    private Person renamed(Person p) {
        return new Person(p.id(), p.office(), p.version(), "Renamed", p.familyName(), p.category(), p.orgUnit(),
                p.sponsor(), p.contacts(), p.emergencyContacts(), p.specialNeeds(), p.bloodType());
    }

    @Test
    void records_survive_a_restart() {
        Person saved = new FilePeopleStores(base).open().persons().save(samples.draw(PeopleGenerators.persons(office)));
        PeoplePorts reopened = new FilePeopleStores(base).open();
        assertThat(reopened.persons().findById(saved.id())).contains(saved);
    }

    @Test
    void a_crash_in_the_middle_of_a_write_leaves_the_previous_version_readable() throws Exception {
        Person v1 = new FilePeopleStores(base).open().persons().save(samples.draw(PeopleGenerators.persons(office)));
        byte[] v2 = json.writeValueAsBytes(renamed(v1).withVersion(2));
        // what a crash before the atomic move leaves behind: half of the new version in a temporary file
        Path partial = base.resolve("persons").resolve("." + v1.id() + ".json.crashed" + AtomicFiles.TEMP_SUFFIX);
        Files.write(partial, Arrays.copyOf(v2, v2.length / 2));

        PeoplePorts restarted = new FilePeopleStores(base).open();
        assertThat(restarted.persons().findById(v1.id())).contains(v1);
        assertThat(restarted.persons().list(office, PersonFilter.all(), PageRequest.first(10)).items())
                .containsExactly(v1);
        assertThat(restarted.persons().save(renamed(v1)).givenName()).isEqualTo("Renamed");
    }

    @Test
    void a_failed_write_changes_neither_the_file_nor_what_is_served() throws Exception {
        PeoplePorts stores = new FilePeopleStores(base).open();
        Person v1 = stores.persons().save(samples.draw(PeopleGenerators.persons(office)));
        Path file = base.resolve("persons").resolve(v1.id() + ".json");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        // make the write impossible: no temporary file can be created in a read-only directory
        Files.setPosixFilePermissions(base.resolve("persons"), PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean enforced = !Files.isWritable(base.resolve("persons"));
        try {
            if (enforced) {
                assertThatThrownBy(() -> stores.persons().save(renamed(v1))).isInstanceOf(StorageException.class);
                assertThat(stores.persons().findById(v1.id())).contains(v1);
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);
            }
        } finally {
            Files.setPosixFilePermissions(base.resolve("persons"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (!enforced) {
            // running as root: permissions do not bind, so block the target with a directory instead
            Files.delete(file);
            Files.createDirectories(file.resolve("blocker"));
            assertThatThrownBy(() -> stores.persons().save(renamed(v1))).isInstanceOf(StorageException.class);
            assertThat(stores.persons().findById(v1.id())).contains(v1);
            assertThat(Files.isDirectory(file)).isTrue();
        }
        assertThat(List.of(Files.list(base.resolve("persons")).toArray()))
                .noneMatch(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX));
    }

    @Test
    void an_unreadable_file_is_reported_with_its_name() throws Exception {
        Files.createDirectories(base.resolve("persons"));
        Files.writeString(base.resolve("persons").resolve("broken.json"), "{ not json");
        PeoplePorts stores = new FilePeopleStores(base).open();
        assertThatThrownBy(() -> stores.persons().findById(PersonId.random()))
                .isInstanceOf(StorageException.class).hasMessageContaining("broken.json");
    }
}
