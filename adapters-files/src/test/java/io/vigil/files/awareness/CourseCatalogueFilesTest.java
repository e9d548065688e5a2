package io.vigil.files.awareness;

import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.awareness.CourseCatalogueContract;

class CourseCatalogueFilesTest extends CourseCatalogueContract {
    @Override
    protected CourseCatalogue store() {
        return FileStoresFixture.stores(FileAwarenessStores::new).courses();
    }
}
