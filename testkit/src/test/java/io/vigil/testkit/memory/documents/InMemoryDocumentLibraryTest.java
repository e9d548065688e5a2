package io.vigil.testkit.memory.documents;

import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.testkit.contract.documents.DocumentLibraryContract;

class InMemoryDocumentLibraryTest extends DocumentLibraryContract {
    private static final InMemoryDocumentLibrary STORE = new InMemoryDocumentLibrary();

    @Override
    protected DocumentLibrary store() {
        return STORE;
    }
}
