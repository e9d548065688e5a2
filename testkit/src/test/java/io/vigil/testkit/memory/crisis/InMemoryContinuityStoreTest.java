package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.testkit.contract.crisis.ContinuityStoreContract;

class InMemoryContinuityStoreTest extends ContinuityStoreContract {
    private static final InMemoryContinuityStore STORE = new InMemoryContinuityStore();

    @Override
    protected ContinuityStore store() {
        return STORE;
    }
}
