package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: the office's log of emergency requests. */
public interface EmergencyLog extends VersionedStore<RequestId, EmergencyRequest> {
    /** The order of {@link #list}: latest received first, ties by id. */
    Comparator<EmergencyRequest> LATEST_FIRST = Comparator.comparing(EmergencyRequest::receivedAt).reversed()
            .thenComparing(r -> r.id().toString());


    /** The office's requests, the latest received first (ties by id); only open ones when {@code openOnly}. */
    Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page);
}
