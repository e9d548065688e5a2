package io.vigil.documents.port.out;

import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.DocumentId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the disseminations of document versions, with their acknowledgements. */
public interface DisseminationLog extends VersionedStore<DisseminationId, Dissemination> {
    /** The order of every query: latest sent first, ties by id. */
    Comparator<Dissemination> LATEST_FIRST = Comparator.comparing(Dissemination::sentAt).reversed()
            .thenComparing(d -> d.id().toString());

    /** The office's disseminations, latest first. */
    Page<Dissemination> list(OfficeId office, PageRequest page);

    /** The disseminations of one document of the office, latest first. */
    List<Dissemination> ofDocument(OfficeId office, DocumentId document);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends DisseminationLog {
        /** The store's records, read whole on each query. */
        RecordQueries<DisseminationId, Dissemination> query();

        @Override
        default Page<Dissemination> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Dissemination> ofDocument(OfficeId office, DocumentId document) {
            return query().list(office, d -> d.document().equals(document), LATEST_FIRST);
        }
    }
}
