package io.vigil.files.crisis;

import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.CrisisTeamStoreContract;

class CrisisTeamStoreFilesTest extends CrisisTeamStoreContract {
    @Override
    protected CrisisTeamStore store() {
        return FileStoresFixture.stores(FileCrisisStores::new).teams();
    }
}
