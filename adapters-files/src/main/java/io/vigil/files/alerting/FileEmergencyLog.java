package io.vigil.files.alerting;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link EmergencyLog} on JSON files. */
final class FileEmergencyLog extends FileVersionedStore<RequestId, EmergencyRequest> implements EmergencyLog.Scanned {
    FileEmergencyLog(JsonDirectory<EmergencyRequest> files) {
        super(files, "emergency-request");
    }
}
