package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.testkit.contract.guard.GuardContractRegistryContract;

class InMemoryGuardContractRegistryTest extends GuardContractRegistryContract {
    private static final InMemoryGuardContractRegistry STORE = new InMemoryGuardContractRegistry();

    @Override
    protected GuardContractRegistry store() {
        return STORE;
    }
}
