package io.vigil.files.crisis;

import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link ContinuityStore} on JSON files. */
final class FileContinuityStore extends FileVersionedStore<OfficeId, ContinuityInputs> implements ContinuityStore {
    FileContinuityStore(JsonDirectory<ContinuityInputs> files) {
        super(files, "continuity-inputs");
    }
}
