package io.vigil.testkit.memory.travel;

import io.vigil.testkit.contract.travel.ClearanceRegistryContract;
import io.vigil.travel.port.out.ClearanceRegistry;

class InMemoryClearanceRegistryTest extends ClearanceRegistryContract {
    private static final InMemoryClearanceRegistry STORE = new InMemoryClearanceRegistry();

    @Override
    protected ClearanceRegistry store() {
        return STORE;
    }
}
