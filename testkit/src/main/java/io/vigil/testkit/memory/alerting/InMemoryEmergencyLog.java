package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link EmergencyLog} in memory. */
public final class InMemoryEmergencyLog extends InMemoryVersionedStore<RequestId, EmergencyRequest>
        implements EmergencyLog {
    public InMemoryEmergencyLog() {
        super("emergency-request");
    }

    @Override
    public Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page) {
        return query.page(office, r -> !openOnly || r.status() == RequestStatus.OPEN, EmergencyLog.LATEST_FIRST, page);
    }
}
