package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.people.MissionRegistryContract;

class InMemoryMissionRegistryTest extends MissionRegistryContract {
    private static final InMemoryMissionRegistry STORE = new InMemoryMissionRegistry();

    @Override
    protected MissionRegistry store() {
        return STORE;
    }
}
