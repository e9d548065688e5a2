package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.risk.RestrictedAreaRegistryContract;

class RestrictedAreaRegistryH2Test extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return TestDatabases.h2(JdbcRiskStores::new).areas();
    }
}
