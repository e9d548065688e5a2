package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.risk.RestrictedAreaRegistryContract;

class RestrictedAreaRegistrySqliteTest extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).areas();
    }
}
