package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.contract.movement.MedevacPlanRegistryContract;

class InMemoryMedevacPlanRegistryTest extends MedevacPlanRegistryContract {
    private static final InMemoryMedevacPlanRegistry STORE = new InMemoryMedevacPlanRegistry();

    @Override
    protected MedevacPlanRegistry store() {
        return STORE;
    }
}
