package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link EmergencyLog} in memory. */
public final class InMemoryEmergencyLog extends InMemoryVersionedStore<RequestId, EmergencyRequest>
        implements EmergencyLog.Scanned {
    public InMemoryEmergencyLog() {
        super("emergency-request");
    }
}
