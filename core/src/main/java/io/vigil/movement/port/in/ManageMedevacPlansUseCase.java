package io.vigil.movement.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;

/** Record the MEDEVAC plans of the office's duty stations, with their review dates. */
public interface ManageMedevacPlansUseCase extends RecordsUseCase<MedevacPlanId, MedevacPlanDetails, MedevacPlan> {
}
