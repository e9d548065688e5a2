package io.vigil.documents.port.out;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.kernel.OfficeId;
import java.util.Optional;

/**
 * Outbound port: the bytes of document versions, each stored once under its id (large objects on
 * JDBC, one file each in the files store). Content is never changed once stored; a content that
 * no document names is deleted by the use case that stored it.
 */
public interface DocumentContents {
    /** Stores a new content; refused if its id is already stored. A failed write stores nothing. */
    void put(Content content);

    /** The stored content of the office under that id, if any. */
    Optional<Content> find(OfficeId office, ContentId id);

    /** Deletes the content if stored; nothing otherwise. */
    void delete(OfficeId office, ContentId id);
}
