package io.vigil.jdbc;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.testkit.contract.PhoneTreeRegistryContract;

class PhoneTreeRegistryH2Test extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return TestDatabases.h2().phoneTrees();
    }
}
