package io.vigil.testkit.memory;

import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.ResidenceRegistryContract;

class InMemoryResidenceRegistryTest extends ResidenceRegistryContract {
    private static final InMemoryResidenceRegistry STORE = new InMemoryResidenceRegistry();

    @Override
    protected ResidenceRegistry store() {
        return STORE;
    }
}
