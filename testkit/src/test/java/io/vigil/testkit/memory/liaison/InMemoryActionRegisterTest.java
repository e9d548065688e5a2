package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.liaison.ActionRegisterContract;

class InMemoryActionRegisterTest extends ActionRegisterContract {
    private static final InMemoryActionRegister STORE = new InMemoryActionRegister();

    @Override
    protected ActionRegister store() {
        return STORE;
    }
}
