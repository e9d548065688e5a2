package io.vigil.documents.port.in;

import io.vigil.documents.domain.ContentType;
import io.vigil.documents.domain.Document;
import io.vigil.kernel.Require;
import java.time.Instant;

/**
 * A document as read: the document, the number of the version read (0 for a generated one), its
 * type, its bytes, and when the content was made (published, or generated at the read).
 */
public record DocumentReading(Document document, int versionNumber, ContentType type, byte[] content,
                              Instant madeAt, boolean generated) {
    public DocumentReading {
        Require.nonNull(document, "document");
        Require.nonNull(type, "type");
        content = Require.nonNull(content, "content").clone();
        Require.nonNull(madeAt, "madeAt");
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }
}
