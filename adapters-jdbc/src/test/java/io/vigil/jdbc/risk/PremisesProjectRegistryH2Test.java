package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.contract.risk.PremisesProjectRegistryContract;

class PremisesProjectRegistryH2Test extends PremisesProjectRegistryContract {
    @Override
    protected PremisesProjectRegistry store() {
        return TestDatabases.h2(JdbcRiskStores::new).projects();
    }
}
