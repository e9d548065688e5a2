package io.vigil.files;

import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.RiskPolicyStoreContract;

class RiskPolicyStoreFilesTest extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return FileStoresFixture.STORES.riskPolicies();
    }
}
