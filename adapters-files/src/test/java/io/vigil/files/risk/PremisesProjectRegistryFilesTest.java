package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.contract.risk.PremisesProjectRegistryContract;

class PremisesProjectRegistryFilesTest extends PremisesProjectRegistryContract {
    @Override
    protected PremisesProjectRegistry store() {
        return FileStoresFixture.stores(FileRiskStores::new).projects();
    }
}
