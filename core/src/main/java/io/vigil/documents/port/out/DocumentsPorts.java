package io.vigil.documents.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the documents context (the library, the contents, the disseminations). */
public record DocumentsPorts(DocumentLibrary documents, DocumentContents contents, DisseminationLog disseminations) {
    public DocumentsPorts {
        Require.nonNull(documents, "documents");
        Require.nonNull(contents, "contents");
        Require.nonNull(disseminations, "disseminations");
    }
}
