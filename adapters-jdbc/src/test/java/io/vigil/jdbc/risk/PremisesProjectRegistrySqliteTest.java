package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.contract.risk.PremisesProjectRegistryContract;

class PremisesProjectRegistrySqliteTest extends PremisesProjectRegistryContract {
    @Override
    protected PremisesProjectRegistry store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).projects();
    }
}
