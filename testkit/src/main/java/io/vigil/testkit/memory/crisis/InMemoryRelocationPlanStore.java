package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RelocationPlanStore} in memory. */
public final class InMemoryRelocationPlanStore extends InMemoryVersionedStore<OfficeId, RelocationPlan>
        implements RelocationPlanStore {
    public InMemoryRelocationPlanStore() {
        super("relocation-plan");
    }
}
