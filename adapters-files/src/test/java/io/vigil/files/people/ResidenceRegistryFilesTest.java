package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.people.ResidenceRegistryContract;

class ResidenceRegistryFilesTest extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return FileStoresFixture.stores(FilePeopleStores::new).residences();
    }
}
