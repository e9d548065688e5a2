package io.vigil.testkit.memory.documents;

import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.wiring.ContextStores;

/** The documents context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryDocumentsStores implements ContextStores<DocumentsPorts> {

    @Override
    public Class<DocumentsPorts> portsType() {
        return DocumentsPorts.class;
    }

    @Override
    public DocumentsPorts open() {
        return new DocumentsPorts(new InMemoryDocumentLibrary(), new InMemoryDocumentContents(),
                new InMemoryDisseminationLog());
    }
}
