package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.PhoneTreeRegistryContract;

class PhoneTreeRegistrySqliteTest extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return TestDatabases.sqlite(JdbcAlertingStores::new).phoneTrees();
    }
}
