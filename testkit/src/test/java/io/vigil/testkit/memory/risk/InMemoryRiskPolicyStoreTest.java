package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.risk.RiskPolicyStoreContract;

class InMemoryRiskPolicyStoreTest extends RiskPolicyStoreContract {
    private static final InMemoryRiskPolicyStore STORE = new InMemoryRiskPolicyStore();

    @Override
    protected RiskPolicyStore store() {
        return STORE;
    }
}
