package io.vigil.testkit.memory.travel;

import io.vigil.testkit.contract.travel.AirOperatorRegistryContract;
import io.vigil.travel.port.out.AirOperatorRegistry;

class InMemoryAirOperatorRegistryTest extends AirOperatorRegistryContract {
    private static final InMemoryAirOperatorRegistry STORE = new InMemoryAirOperatorRegistry();

    @Override
    protected AirOperatorRegistry store() {
        return STORE;
    }
}
