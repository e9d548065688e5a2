package io.vigil.files.travel;

import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.travel.TravelPolicyStoreContract;
import io.vigil.travel.port.out.TravelPolicyStore;

class TravelPolicyStoreFilesTest extends TravelPolicyStoreContract {
    @Override
    protected TravelPolicyStore store() {
        return FileStoresFixture.stores(FileTravelStores::new).policies();
    }
}
