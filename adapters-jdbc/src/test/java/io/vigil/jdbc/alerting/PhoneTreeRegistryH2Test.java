package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.PhoneTreeRegistryContract;

class PhoneTreeRegistryH2Test extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return TestDatabases.h2(JdbcAlertingStores::new).phoneTrees();
    }
}
