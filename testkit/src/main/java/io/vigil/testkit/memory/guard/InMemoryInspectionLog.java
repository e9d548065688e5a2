package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link InspectionLog} in memory. */
public final class InMemoryInspectionLog extends InMemoryVersionedStore<InspectionId, Inspection> implements InspectionLog.Scanned {
    public InMemoryInspectionLog() {
        super("guard-inspection");
    }
}
