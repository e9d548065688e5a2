package io.vigil.files;

import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.ResidenceRegistryContract;

class ResidenceRegistryFilesTest extends ResidenceRegistryContract {
    @Override
    protected ResidenceRegistry store() {
        return FileStoresFixture.STORES.residences();
    }
}
