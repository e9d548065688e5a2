package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.contract.people.OfficeDirectoryContract;

class InMemoryOfficeDirectoryTest extends OfficeDirectoryContract {
    private static final InMemoryOfficeDirectory STORE = new InMemoryOfficeDirectory();

    @Override
    protected OfficeDirectory store() {
        return STORE;
    }
}
