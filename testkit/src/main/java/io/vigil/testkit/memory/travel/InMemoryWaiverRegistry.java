package io.vigil.testkit.memory.travel;

import io.vigil.testkit.memory.InMemoryVersionedStore;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.port.out.WaiverRegistry;

/** {@link WaiverRegistry} in memory. */
public final class InMemoryWaiverRegistry extends InMemoryVersionedStore<WaiverId, Waiver> implements WaiverRegistry.Scanned {
    public InMemoryWaiverRegistry() {
        super("waiver");
    }
}
