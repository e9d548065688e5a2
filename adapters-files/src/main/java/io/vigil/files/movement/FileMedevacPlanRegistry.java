package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.port.out.MedevacPlanRegistry;

/** {@link MedevacPlanRegistry} on JSON files. */
final class FileMedevacPlanRegistry extends FileVersionedStore<MedevacPlanId, MedevacPlan> implements MedevacPlanRegistry.Scanned {
    FileMedevacPlanRegistry(JsonDirectory<MedevacPlan> files) {
        super(files, "medevac-plan");
    }
}
