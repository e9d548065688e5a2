package io.vigil.testkit.memory;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link AssessmentRegistry} in memory. */
public final class InMemoryAssessmentRegistry extends InMemoryVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry {
    /** Latest validFrom first, ties by id: the order of {@link AssessmentRegistry#list}. */
    public static final Comparator<SecurityAssessment> LATEST_FIRST = Comparator
            .comparing(SecurityAssessment::validFrom).reversed().thenComparing(a -> a.id().toString());

    public InMemoryAssessmentRegistry() {
        super("assessment");
    }

    @Override
    public Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
        return Page.of(matching(office, a -> true).sorted(LATEST_FIRST).toList(), page);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return matching(office, a -> a.reviewOverdue(at))
                .sorted(Comparator.comparing(SecurityAssessment::reviewDue).thenComparing(a -> a.id().toString()))
                .toList();
    }
}
