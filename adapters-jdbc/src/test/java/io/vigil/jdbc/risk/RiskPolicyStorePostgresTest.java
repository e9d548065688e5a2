package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.risk.RiskPolicyStoreContract;

class RiskPolicyStorePostgresTest extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return TestDatabases.postgres(JdbcRiskStores::new).policies();
    }
}
