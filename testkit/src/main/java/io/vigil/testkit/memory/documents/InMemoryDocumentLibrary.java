package io.vigil.testkit.memory.documents;

import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link DocumentLibrary} in memory. */
public final class InMemoryDocumentLibrary extends InMemoryVersionedStore<DocumentId, Document>
        implements DocumentLibrary.Scanned {
    /** An empty library. */
    public InMemoryDocumentLibrary() {
        super("document");
    }
}
