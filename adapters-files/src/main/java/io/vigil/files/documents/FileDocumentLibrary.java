package io.vigil.files.documents;

import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link DocumentLibrary} on JSON files. */
final class FileDocumentLibrary extends FileVersionedStore<DocumentId, Document> implements DocumentLibrary.Scanned {
    FileDocumentLibrary(JsonDirectory<Document> files) {
        super(files, "document");
    }
}
