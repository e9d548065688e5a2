package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.InspectionLog;
import io.vigil.testkit.contract.guard.InspectionLogContract;

class InMemoryInspectionLogTest extends InspectionLogContract {
    private static final InMemoryInspectionLog STORE = new InMemoryInspectionLog();

    @Override
    protected InspectionLog store() {
        return STORE;
    }
}
