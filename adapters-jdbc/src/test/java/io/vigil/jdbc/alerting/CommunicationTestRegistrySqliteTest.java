package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.CommunicationTestRegistryContract;

class CommunicationTestRegistrySqliteTest extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).tests();
    }
}
