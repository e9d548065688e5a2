package io.vigil.files;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link AssessmentRegistry} on JSON files. */
final class FileAssessmentRegistry extends FileVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry {
    private static final Comparator<SecurityAssessment> LATEST_FIRST = Comparator
            .comparing(SecurityAssessment::validFrom).reversed().thenComparing(a -> a.id().toString());
    private static final Comparator<SecurityAssessment> DUE_FIRST = Comparator
            .comparing(SecurityAssessment::reviewDue).thenComparing(a -> a.id().toString());

    FileAssessmentRegistry(JsonDirectory<SecurityAssessment> files) {
        super(files, "assessment");
    }

    @Override
    public Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
        return Page.of(matching(office, a -> true).sorted(LATEST_FIRST).toList(), page);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return matching(office, a -> a.reviewOverdue(at)).sorted(DUE_FIRST).toList();
    }
}
