package io.vigil.files.incident;

import io.vigil.files.FileStoresFixture;
import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.testkit.contract.incident.IncidentSettingsStoreContract;

class IncidentSettingsStoreFilesTest extends IncidentSettingsStoreContract {
    @Override
    protected IncidentSettingsStore store() {
        return FileStoresFixture.stores(FileIncidentStores::new).settings();
    }
}
