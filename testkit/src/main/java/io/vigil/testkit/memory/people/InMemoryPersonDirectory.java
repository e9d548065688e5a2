package io.vigil.testkit.memory.people;

import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Person;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PersonDirectory} in memory. */
public final class InMemoryPersonDirectory extends InMemoryVersionedStore<PersonId, Person>
        implements PersonDirectory.Scanned {

    public InMemoryPersonDirectory() {
        super("person");
    }
}
