package io.vigil.risk.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's security risk assessments. */
public interface AssessmentRegistry extends VersionedStore<AssessmentId, SecurityAssessment> {
    /** The order of {@link #list}: latest {@code validFrom} first, ties by id. */
    Comparator<SecurityAssessment> LATEST_FIRST = Comparator.comparing(SecurityAssessment::validFrom).reversed()
            .thenComparing(a -> a.id().toString());

    /** The order of {@link #reviewsDue}: earliest due first, ties by id. */
    Comparator<SecurityAssessment> DUE_FIRST = Comparator.comparing(SecurityAssessment::reviewDue)
            .thenComparing(a -> a.id().toString());


    /** The office's assessments, latest {@code validFrom} first (ties by id). */
    Page<SecurityAssessment> list(OfficeId office, PageRequest page);

    /** The office's APPROVED assessments whose review is due at or before {@code at}, earliest due first. */
    List<SecurityAssessment> reviewsDue(OfficeId office, Instant at);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends AssessmentRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<AssessmentId, SecurityAssessment> query();

        @Override
        default Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
            return query().list(office, a -> a.reviewOverdue(at), DUE_FIRST);
        }
    }
}
