package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.testkit.contract.awareness.AwarenessPolicyStoreContract;

class InMemoryAwarenessPolicyStoreTest extends AwarenessPolicyStoreContract {
    private static final InMemoryAwarenessPolicyStore STORE = new InMemoryAwarenessPolicyStore();

    @Override
    protected AwarenessPolicyStore store() {
        return STORE;
    }
}
