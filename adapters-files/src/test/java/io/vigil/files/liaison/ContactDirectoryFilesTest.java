package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.testkit.contract.liaison.ContactDirectoryContract;

class ContactDirectoryFilesTest extends ContactDirectoryContract {
    @Override
    protected ContactDirectory store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).contacts();
    }
}
