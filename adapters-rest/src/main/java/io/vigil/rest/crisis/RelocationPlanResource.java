package io.vigil.rest.crisis;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.RelocationArea;
import io.vigil.crisis.domain.RelocationPlan;
import java.util.List;

/** An office's relocation and evacuation arrangements as the API shows them: areas and the priority order. */
public record RelocationPlanResource(String office, long version, List<RelocationArea> areas,
                                     List<EvacueeCategory> priority) implements CrisisApi.Versioned {

    /** The arrangements' resource. */
    public static RelocationPlanResource from(RelocationPlan plan) {
        return new RelocationPlanResource(plan.id().value(), plan.version(), plan.areas(), plan.priority());
    }
}
