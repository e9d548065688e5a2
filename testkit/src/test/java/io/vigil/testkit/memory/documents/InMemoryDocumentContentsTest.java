package io.vigil.testkit.memory.documents;

import io.vigil.documents.port.out.DocumentContents;
import io.vigil.testkit.contract.documents.DocumentContentsContract;

class InMemoryDocumentContentsTest extends DocumentContentsContract {
    private static final InMemoryDocumentContents STORE = new InMemoryDocumentContents();

    @Override
    protected DocumentContents store() {
        return STORE;
    }
}
