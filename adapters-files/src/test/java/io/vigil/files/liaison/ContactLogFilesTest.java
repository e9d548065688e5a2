package io.vigil.files.liaison;

import io.vigil.files.FileStoresFixture;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.testkit.contract.liaison.ContactLogContract;

class ContactLogFilesTest extends ContactLogContract {
    @Override
    protected ContactLog store() {
        return FileStoresFixture.stores(FileLiaisonStores::new).contactLog();
    }
}
