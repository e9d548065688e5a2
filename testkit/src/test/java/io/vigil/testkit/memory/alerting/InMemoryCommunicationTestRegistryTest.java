package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.contract.alerting.CommunicationTestRegistryContract;

class InMemoryCommunicationTestRegistryTest extends CommunicationTestRegistryContract {
    private static final InMemoryCommunicationTestRegistry STORE = new InMemoryCommunicationTestRegistry();

    @Override
    protected CommunicationTestRegistry store() {
        return STORE;
    }
}
