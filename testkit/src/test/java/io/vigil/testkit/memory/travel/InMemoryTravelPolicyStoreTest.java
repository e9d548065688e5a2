package io.vigil.testkit.memory.travel;

import io.vigil.testkit.contract.travel.TravelPolicyStoreContract;
import io.vigil.travel.port.out.TravelPolicyStore;

class InMemoryTravelPolicyStoreTest extends TravelPolicyStoreContract {
    private static final InMemoryTravelPolicyStore STORE = new InMemoryTravelPolicyStore();

    @Override
    protected TravelPolicyStore store() {
        return STORE;
    }
}
