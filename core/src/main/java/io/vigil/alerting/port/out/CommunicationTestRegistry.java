package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: the office's communication tests. */
public interface CommunicationTestRegistry extends VersionedStore<CommTestId, CommunicationTest> {
    /** The order of {@link #list}: latest started first, ties by id. */
    Comparator<CommunicationTest> LATEST_FIRST = Comparator.comparing(CommunicationTest::startedAt).reversed()
            .thenComparing(t -> t.id().toString());

    /** The office's tests, latest first. */
    Page<CommunicationTest> list(OfficeId office, PageRequest page);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends CommunicationTestRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<CommTestId, CommunicationTest> query();

        @Override
        default Page<CommunicationTest> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }
    }
}
