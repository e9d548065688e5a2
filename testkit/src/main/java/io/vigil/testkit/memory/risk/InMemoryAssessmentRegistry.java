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
        return query.page(office, AssessmentRegistry.LATEST_FIRST, page);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return query.list(office, a -> a.reviewOverdue(at), AssessmentRegistry.DUE_FIRST);
    }
}
