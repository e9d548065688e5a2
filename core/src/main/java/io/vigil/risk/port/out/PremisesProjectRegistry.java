package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import java.util.Comparator;

/** Outbound port: each office's premises projects. */
public interface PremisesProjectRegistry extends VersionedStore<PremisesProjectId, PremisesProject> {
    /** The order of {@link #list}: by title, ties by id. */
    Comparator<PremisesProject> BY_TITLE = Comparator.comparing(PremisesProject::title)
            .thenComparing(p -> p.id().toString());

    /** The office's projects by title (ties by id). */
    Page<PremisesProject> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends PremisesProjectRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<PremisesProjectId, PremisesProject> query();

        @Override
        default Page<PremisesProject> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_TITLE, page);
        }
    }
}
