package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RelocationLog} in memory. */
public final class InMemoryRelocationLog extends InMemoryVersionedStore<RelocationId, Relocation>
        implements RelocationLog.Scanned {
    public InMemoryRelocationLog() {
        super("relocation");
    }
}
