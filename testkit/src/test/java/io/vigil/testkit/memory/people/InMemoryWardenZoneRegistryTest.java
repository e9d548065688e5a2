package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.people.WardenZoneRegistryContract;

class InMemoryWardenZoneRegistryTest extends WardenZoneRegistryContract {
    private static final InMemoryWardenZoneRegistry STORE = new InMemoryWardenZoneRegistry();

    @Override
    protected WardenZoneRegistry store() {
        return STORE;
    }
}
