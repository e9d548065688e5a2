package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CrisisPlanStore} in memory. */
public final class InMemoryCrisisPlanStore extends InMemoryVersionedStore<OfficeId, CrisisPlan> implements CrisisPlanStore {
    public InMemoryCrisisPlanStore() {
        super("crisis-plan");
    }
}
