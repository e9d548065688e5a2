package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.risk.FacilityRegistryContract;

class InMemoryFacilityRegistryTest extends FacilityRegistryContract {
    private static final InMemoryFacilityRegistry STORE = new InMemoryFacilityRegistry();

    @Override
    protected FacilityRegistry store() {
        return STORE;
    }
}
