package io.vigil.testkit.memory.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.List;

/** {@link AssessmentRegistry} in memory. */
public final class InMemoryAssessmentRegistry extends InMemoryVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry {
    public InMemoryAssessmentRegistry() {
        super("assessment");
    }

    @Override
    public Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
        return Page.of(matching(office, a -> true).sorted(AssessmentRegistry.LATEST_FIRST).toList(), page);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return matching(office, a -> a.reviewOverdue(at))
                .sorted(AssessmentRegistry.DUE_FIRST)
                .toList();
    }
}
