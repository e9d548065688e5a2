package io.vigil.testkit.memory.travel;

import io.vigil.testkit.contract.travel.WaiverRegistryContract;
import io.vigil.travel.port.out.WaiverRegistry;

class InMemoryWaiverRegistryTest extends WaiverRegistryContract {
    private static final InMemoryWaiverRegistry STORE = new InMemoryWaiverRegistry();

    @Override
    protected WaiverRegistry store() {
        return STORE;
    }
}
