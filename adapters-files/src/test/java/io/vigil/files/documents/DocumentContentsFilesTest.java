package io.vigil.files.documents;

import io.vigil.documents.port.out.DocumentContents;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.documents.DocumentContentsContract;

class DocumentContentsFilesTest extends DocumentContentsContract {
    @Override
    protected DocumentContents store() {
        return FileStoresFixture.stores(FileDocumentsStores::new).contents();
    }
}
