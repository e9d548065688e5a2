package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.risk.VenueRegistryContract;

class InMemoryVenueRegistryTest extends VenueRegistryContract {
    private static final InMemoryVenueRegistry STORE = new InMemoryVenueRegistry();

    @Override
    protected VenueRegistry store() {
        return STORE;
    }
}
