package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.contract.movement.VisitRegistryContract;

class InMemoryVisitRegistryTest extends VisitRegistryContract {
    private static final InMemoryVisitRegistry STORE = new InMemoryVisitRegistry();

    @Override
    protected VisitRegistry store() {
        return STORE;
    }
}
