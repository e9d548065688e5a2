package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.testkit.contract.liaison.ContactDirectoryContract;

class InMemoryContactDirectoryTest extends ContactDirectoryContract {
    private static final InMemoryContactDirectory STORE = new InMemoryContactDirectory();

    @Override
    protected ContactDirectory store() {
        return STORE;
    }
}
