package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.contract.liaison.OrganisationRegistryContract;

class OrganisationRegistryFilesTest extends OrganisationRegistryContract {
    @Override
    protected OrganisationRegistry store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).organisations();
    }
}
