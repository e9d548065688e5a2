package io.vigil.testkit.contract.crisis;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.RelocationArea;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link RelocationPlanStore}; extend it with your adapter. The record's id is its
 * office, so every new record belongs to a fresh office.
 */
public abstract class RelocationPlanStoreContract
        extends VersionedStoreContract<OfficeId, RelocationPlan, RelocationPlanStore> {

    @Override
    protected Gen<RelocationPlan> newAggregates(OfficeId office) {
        return CrisisGenerators.relocationPlans();
    }

    /** The plan with its priority order rotated by one and its first area's name changed. */
    @Override
    protected RelocationPlan changed(RelocationPlan x) {
        List<EvacueeCategory> priority = new ArrayList<>(x.priority());
        Collections.rotate(priority, 1);
        List<RelocationArea> areas = new ArrayList<>(x.areas());
        RelocationArea a = areas.get(0);
        areas.set(0, new RelocationArea(a.code(), a.name() + "'", a.outline(), a.zone(), a.assemblyPoints(),
                a.safeHavens(), a.routes(), a.transport()));
        return new RelocationPlan(x.id(), x.version(), areas, priority);
    }
}
