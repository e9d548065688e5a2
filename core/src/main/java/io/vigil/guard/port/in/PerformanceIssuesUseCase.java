package io.vigil.guard.port.in;

import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.kernel.store.RecordsUseCase;

/** Performance issues recorded against a contract's posts (security roles only). */
public interface PerformanceIssuesUseCase extends RecordsUseCase<IssueId, IssueDetails, PerformanceIssue> {
    /** The most issues of one contract. */
    int MAX_PER_CONTRACT = 5000;
}
