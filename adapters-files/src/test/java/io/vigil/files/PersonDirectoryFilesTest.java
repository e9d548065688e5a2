package io.vigil.files;

import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.PersonDirectoryContract;

class PersonDirectoryFilesTest extends PersonDirectoryContract {
    @Override
    protected PersonDirectory store() {
        return FileStoresFixture.STORES.persons();
    }
}
