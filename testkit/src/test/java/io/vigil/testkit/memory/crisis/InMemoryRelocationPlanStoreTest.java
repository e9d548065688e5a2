package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.testkit.contract.crisis.RelocationPlanStoreContract;

class InMemoryRelocationPlanStoreTest extends RelocationPlanStoreContract {
    private static final InMemoryRelocationPlanStore STORE = new InMemoryRelocationPlanStore();

    @Override
    protected RelocationPlanStore store() {
        return STORE;
    }
}
