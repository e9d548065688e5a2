package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.people.ResidenceRegistryContract;

class InMemoryResidenceRegistryTest extends ResidenceRegistryContract {
    private static final InMemoryResidenceRegistry STORE = new InMemoryResidenceRegistry();

    @Override
    protected ResidenceRegistry store() {
        return STORE;
    }
}
