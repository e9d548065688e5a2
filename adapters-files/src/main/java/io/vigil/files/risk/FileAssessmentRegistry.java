package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;

/** {@link AssessmentRegistry} on JSON files. */
final class FileAssessmentRegistry extends FileVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry.Scanned {
    FileAssessmentRegistry(JsonDirectory<SecurityAssessment> files) {
        super(files, "assessment");
    }
}
