package io.vigil.files.documents;

import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.documents.DisseminationLogContract;

class DisseminationLogFilesTest extends DisseminationLogContract {
    @Override
    protected DisseminationLog store() {
        return FileStoresFixture.stores(FileDocumentsStores::new).disseminations();
    }
}
