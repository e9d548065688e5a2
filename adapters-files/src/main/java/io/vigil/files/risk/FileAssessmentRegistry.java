package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import java.time.Instant;
import java.util.List;

/** {@link AssessmentRegistry} on JSON files. */
final class FileAssessmentRegistry extends FileVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry {
    FileAssessmentRegistry(JsonDirectory<SecurityAssessment> files) {
        super(files, "assessment");
    }

    @Override
    public Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
        return query.page(office, AssessmentRegistry.LATEST_FIRST, page);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return query.list(office, a -> a.reviewOverdue(at), AssessmentRegistry.DUE_FIRST);
    }
}
