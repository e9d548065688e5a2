package io.vigil.files.documents;

import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.documents.DocumentLibraryContract;

class DocumentLibraryFilesTest extends DocumentLibraryContract {
    @Override
    protected DocumentLibrary store() {
        return FileStoresFixture.stores(FileDocumentsStores::new).documents();
    }
}
