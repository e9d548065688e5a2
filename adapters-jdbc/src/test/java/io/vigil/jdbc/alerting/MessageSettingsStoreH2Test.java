package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.MessageSettingsStoreContract;

class MessageSettingsStoreH2Test extends MessageSettingsStoreContract {
    @Override
    protected MessageSettingsStore store() {
        return TestDatabases.h2(JdbcAlertingStores::new).messages();
    }
}
