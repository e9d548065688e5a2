package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.movement.RiverOptionRegistryContract;

class InMemoryRiverOptionRegistryTest extends RiverOptionRegistryContract {
    private static final InMemoryRiverOptionRegistry STORE = new InMemoryRiverOptionRegistry();

    @Override
    protected RiverOptionRegistry store() {
        return STORE;
    }
}
