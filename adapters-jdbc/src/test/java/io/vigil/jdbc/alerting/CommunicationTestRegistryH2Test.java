package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.CommunicationTestRegistryContract;

class CommunicationTestRegistryH2Test extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return TestDatabases.h2(JdbcAlertingStores::new).tests();
    }
}
