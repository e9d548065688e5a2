package io.vigil.testkit.memory;

import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.VenueRegistryContract;

class InMemoryVenueRegistryTest extends VenueRegistryContract {
    private static final InMemoryVenueRegistry STORE = new InMemoryVenueRegistry();

    @Override
    protected VenueRegistry store() {
        return STORE;
    }
}
