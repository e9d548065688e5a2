package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.testkit.contract.crisis.CrisisPlanStoreContract;

class InMemoryCrisisPlanStoreTest extends CrisisPlanStoreContract {
    private static final InMemoryCrisisPlanStore STORE = new InMemoryCrisisPlanStore();

    @Override
    protected CrisisPlanStore store() {
        return STORE;
    }
}
