package io.vigil.documents.port.in;

import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.Instant;
import java.util.List;

/**
 * The office's library of security documents (at most {@value #MAX_DOCUMENTS}): each with its
 * owner, review date, classification and versions. Reading a document needs the data class of its
 * classification and is audited; the list holds only what the actor may read.
 */
public interface ManageDocumentsUseCase extends RecordsUseCase<DocumentId, DocumentDetails, Document> {
    /** The most documents an office's library holds. */
    int MAX_DOCUMENTS = 500;

    /** Adds a document (no version yet); refused when the library is full. */
    @Override
    Document create(Actor actor, DocumentDetails details);

    /** Replaces a document's details, keeping its versions. */
    @Override
    Document update(Actor actor, DocumentId id, long expectedVersion, DocumentDetails details);

    /** Removes a document, its contents and its disseminations. */
    @Override
    void remove(Actor actor, DocumentId id, long expectedVersion);

    /** The documents of the office the actor may read, by title; audited. */
    @Override
    Page<Document> list(Actor actor, PageRequest page);

    /**
     * Publishes a new version from the content (type and size checked); the content is stored first,
     * and removed again when the document cannot be saved, so a failed publish leaves both as they were.
     */
    Document publish(Actor actor, DocumentId id, long expectedVersion, PublishDetails details);

    /** The current version's content; for the restricted-areas list, the list generated now. Audited. */
    DocumentReading read(Actor actor, DocumentId id);

    /** The content of one published version. Audited. */
    DocumentReading read(Actor actor, DocumentId id, int versionNumber);

    /** The documents the actor may read whose review date has passed at {@code at}, earliest due first. */
    List<Document> overdueReviews(Actor actor, Instant at);
}
