package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.risk.RiskPolicyStoreContract;

class RiskPolicyStoreFilesTest extends RiskPolicyStoreContract {
    @Override
    protected RiskPolicyStore store() {
        return FileStoresFixture.stores(FileRiskStores::new).policies();
    }
}
