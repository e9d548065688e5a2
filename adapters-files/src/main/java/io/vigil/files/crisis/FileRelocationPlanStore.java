package io.vigil.files.crisis;

import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;

/** {@link RelocationPlanStore} on JSON files. */
final class FileRelocationPlanStore extends FileVersionedStore<OfficeId, RelocationPlan> implements RelocationPlanStore {
    FileRelocationPlanStore(JsonDirectory<RelocationPlan> files) {
        super(files, "relocation-plan");
    }
}
