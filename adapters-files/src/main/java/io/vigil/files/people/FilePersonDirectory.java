package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Person;
import io.vigil.people.port.out.PersonDirectory;

/** {@link PersonDirectory} on JSON files. */
final class FilePersonDirectory extends FileVersionedStore<PersonId, Person> implements PersonDirectory.Scanned {

    FilePersonDirectory(JsonDirectory<Person> files) {
        super(files, "person");
    }
}
