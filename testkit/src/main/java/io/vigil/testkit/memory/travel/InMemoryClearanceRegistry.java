package io.vigil.testkit.memory.travel;

import io.vigil.testkit.memory.InMemoryVersionedStore;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.port.out.ClearanceRegistry;

/** {@link ClearanceRegistry} in memory. */
public final class InMemoryClearanceRegistry extends InMemoryVersionedStore<ClearanceId, Clearance> implements ClearanceRegistry.Scanned {
    public InMemoryClearanceRegistry() {
        super("clearance");
    }
}
