package io.vigil.testkit.memory;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.contract.CommunicationTestRegistryContract;

class InMemoryCommunicationTestRegistryTest extends CommunicationTestRegistryContract {
    private static final InMemoryCommunicationTestRegistry STORE = new InMemoryCommunicationTestRegistry();

    @Override
    protected CommunicationTestRegistry store() {
        return STORE;
    }
}
