package io.vigil.jdbc;

import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.RiskPolicyStoreContract;

class RiskPolicyStorePostgresTest extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return TestDatabases.postgres().riskPolicies();
    }
}
