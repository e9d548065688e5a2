package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.testkit.contract.crisis.RelocationLogContract;

class InMemoryRelocationLogTest extends RelocationLogContract {
    private static final InMemoryRelocationLog STORE = new InMemoryRelocationLog();

    @Override
    protected RelocationLog store() {
        return STORE;
    }
}
