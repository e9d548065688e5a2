package io.vigil.files.people;

import io.vigil.files.FileStoresFixture;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.people.PersonDirectoryContract;

class PersonDirectoryFilesTest extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return FileStoresFixture.stores(FilePeopleStores::new).persons();
    }
}
