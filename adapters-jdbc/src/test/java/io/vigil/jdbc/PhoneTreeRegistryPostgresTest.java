package io.vigil.jdbc;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.testkit.contract.PhoneTreeRegistryContract;

class PhoneTreeRegistryPostgresTest extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return TestDatabases.postgres().phoneTrees();
    }
}
