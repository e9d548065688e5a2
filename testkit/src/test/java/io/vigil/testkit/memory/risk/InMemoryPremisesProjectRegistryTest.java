package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.contract.risk.PremisesProjectRegistryContract;

class InMemoryPremisesProjectRegistryTest extends PremisesProjectRegistryContract {
    private static final InMemoryPremisesProjectRegistry STORE = new InMemoryPremisesProjectRegistry();

    @Override
    protected PremisesProjectRegistry store() {
        return STORE;
    }
}
