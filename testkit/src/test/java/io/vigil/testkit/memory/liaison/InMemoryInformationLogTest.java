package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.contract.liaison.InformationLogContract;

class InMemoryInformationLogTest extends InformationLogContract {
    private static final InMemoryInformationLog STORE = new InMemoryInformationLog();

    @Override
    protected InformationLog store() {
        return STORE;
    }
}
