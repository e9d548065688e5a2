package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.port.out.PremisesProjectRegistry;

/** {@link PremisesProjectRegistry} on JSON files. */
final class FilePremisesProjectRegistry extends FileVersionedStore<PremisesProjectId, PremisesProject>
        implements PremisesProjectRegistry.Scanned {
    FilePremisesProjectRegistry(JsonDirectory<PremisesProject> files) {
        super(files, "premises-project");
    }
}
