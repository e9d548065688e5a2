package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.risk.RiskPolicyStoreContract;

class RiskPolicyStoreSqliteTest extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).policies();
    }
}
