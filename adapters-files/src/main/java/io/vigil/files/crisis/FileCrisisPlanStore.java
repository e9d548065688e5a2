package io.vigil.files.crisis;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link CrisisPlanStore} on JSON files. */
final class FileCrisisPlanStore extends FileVersionedStore<OfficeId, CrisisPlan> implements CrisisPlanStore {
    FileCrisisPlanStore(JsonDirectory<CrisisPlan> files) {
        super(files, "crisis-plan");
    }
}
