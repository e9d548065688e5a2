package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.liaison.MeetingSeriesRegistryContract;

class MeetingSeriesRegistryFilesTest extends MeetingSeriesRegistryContract {
    @Override
    protected MeetingSeriesRegistry store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).series();
    }
}
