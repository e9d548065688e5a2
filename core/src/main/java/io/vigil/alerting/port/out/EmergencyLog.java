package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: the office's log of emergency requests. */
public interface EmergencyLog extends VersionedStore<RequestId, EmergencyRequest> {
    /** The order of {@link #list}: latest received first, ties by id. */
    Comparator<EmergencyRequest> LATEST_FIRST = Comparator.comparing(EmergencyRequest::receivedAt).reversed()
            .thenComparing(r -> r.id().toString());


    /** The office's requests, the latest received first (ties by id); only open ones when {@code openOnly}. */
    Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends EmergencyLog {
        /** The store's records, read whole on each query. */
        RecordQueries<RequestId, EmergencyRequest> query();

        @Override
        default Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page) {
            return query().page(office, r -> !openOnly || r.status() == RequestStatus.OPEN, LATEST_FIRST, page);
        }
    }
}
