package io.vigil.testkit.memory;

import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.RestrictedAreaRegistryContract;

class InMemoryRestrictedAreaRegistryTest extends RestrictedAreaRegistryContract {
    private static final InMemoryRestrictedAreaRegistry STORE = new InMemoryRestrictedAreaRegistry();

    @Override
    protected RestrictedAreaRegistry store() {
        return STORE;
    }
}
