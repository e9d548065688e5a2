package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.people.PersonDirectoryContract;

class InMemoryPersonDirectoryTest extends PersonDirectoryContract {
    private static final InMemoryPersonDirectory STORE = new InMemoryPersonDirectory();

    @Override
    protected PersonDirectory store() {
        return STORE;
    }
}
