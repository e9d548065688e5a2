package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MedevacPlanRegistry} in memory. */
public final class InMemoryMedevacPlanRegistry extends InMemoryVersionedStore<MedevacPlanId, MedevacPlan> implements MedevacPlanRegistry.Scanned {
    public InMemoryMedevacPlanRegistry() {
        super("medevac-plan");
    }
}
