package io.vigil.jdbc;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.contract.CommunicationTestRegistryContract;

class CommunicationTestRegistryH2Test extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return TestDatabases.h2().communicationTests();
    }
}
