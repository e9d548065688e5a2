package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.contract.liaison.ContactLogContract;

class InMemoryContactLogTest extends ContactLogContract {
    private static final InMemoryContactLog STORE = new InMemoryContactLog();

    @Override
    protected ContactLog store() {
        return STORE;
    }
}
