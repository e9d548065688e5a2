package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.contract.people.OfficeDirectoryContract;

class OfficeDirectoryFilesTest extends OfficeDirectoryContract {
    @Override
    protected OfficeDirectory store() {
        return FileStoresFixture.stores(FilePeopleStores::new).offices();
    }
}
