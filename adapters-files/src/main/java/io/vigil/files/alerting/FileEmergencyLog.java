package io.vigil.files.alerting;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/** {@link EmergencyLog} on JSON files. */
final class FileEmergencyLog extends FileVersionedStore<RequestId, EmergencyRequest> implements EmergencyLog {
    FileEmergencyLog(JsonDirectory<EmergencyRequest> files) {
        super(files, "emergency-request");
    }

    @Override
    public Page<EmergencyRequest> list(OfficeId office, boolean openOnly, PageRequest page) {
        return query.page(office, r -> !openOnly || r.status() == RequestStatus.OPEN, EmergencyLog.LATEST_FIRST, page);
    }
}
