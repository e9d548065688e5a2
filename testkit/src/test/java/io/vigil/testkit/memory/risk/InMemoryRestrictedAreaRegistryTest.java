package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.risk.RestrictedAreaRegistryContract;

class InMemoryRestrictedAreaRegistryTest extends RestrictedAreaRegistryContract {
    private static final InMemoryRestrictedAreaRegistry STORE = new InMemoryRestrictedAreaRegistry();

    @Override
    protected RestrictedAreaRegistry store() {
        return STORE;
    }
}
