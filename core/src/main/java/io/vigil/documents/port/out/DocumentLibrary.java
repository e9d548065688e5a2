package io.vigil.documents.port.out;

import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.List;

/** Outbound port: each office's library of security documents (their metadata and versions, not their bytes). */
public interface DocumentLibrary extends VersionedStore<DocumentId, Document> {

    /** The office's documents by title (ties by id). */
    Page<Document> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every document of the office, by title (ties by id). */
    default List<Document> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends DocumentLibrary {
        /** The store's records, read whole on each query. */
        RecordQueries<DocumentId, Document> query();

        @Override
        default Page<Document> list(OfficeId office, PageRequest page) {
            return query().page(office, Document.BY_TITLE, page);
        }
    }
}
