package io.vigil.files.crash;

import io.vigil.files.people.FilePeopleStores;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.crash.CrashTarget;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON files store in a directory, opened as the reference app does with {@code VIGIL_STORE=files}. */
public final class FilesCrashTarget implements CrashTarget {
    @Override
    public Opened open(String location) throws Exception {
        Path base = Files.createDirectories(Path.of(location));
        PeoplePorts ports = new FilePeopleStores(base).open();
        return new Opened() {
            @Override
            public PersonDirectory persons() {
                return ports.persons();
            }

            @Override
            public void close() {
            }
        };
    }
}
