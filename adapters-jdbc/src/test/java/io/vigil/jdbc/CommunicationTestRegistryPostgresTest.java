package io.vigil.jdbc;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.contract.CommunicationTestRegistryContract;

class CommunicationTestRegistryPostgresTest extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return TestDatabases.postgres().communicationTests();
    }
}
