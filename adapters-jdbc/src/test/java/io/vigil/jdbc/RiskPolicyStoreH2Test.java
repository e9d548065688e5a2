package io.vigil.jdbc;

import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.RiskPolicyStoreContract;

class RiskPolicyStoreH2Test extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return TestDatabases.h2().riskPolicies();
    }
}
