package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.testkit.contract.crisis.ActivationLogContract;

class InMemoryActivationLogTest extends ActivationLogContract {
    private static final InMemoryActivationLog STORE = new InMemoryActivationLog();

    @Override
    protected ActivationLog store() {
        return STORE;
    }
}
