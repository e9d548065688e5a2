package io.vigil.guard.port.in;

import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.LocalDate;
import java.util.List;

/**
 * Periodic performance reviews of contracts. Security roles create, replace (the evidence gathered
 * again, the vendor's response kept) and remove them; the vendor reads its own contracts' reviews
 * and adds its response, never the decision.
 */
public interface PerformanceReviewsUseCase extends RecordsUseCase<PerformanceReviewId, PerformanceReviewDetails,
        PerformanceReview> {
    /** The most reviews of one contract. */
    int MAX_PER_CONTRACT = 500;

    /** Records the vendor's response (the vendor of the contract, or a security role) at the expected version. */
    PerformanceReview respond(Actor actor, PerformanceReviewId id, long expectedVersion,
                              PerformanceReviewResponse response);

    /**
     * The contracts in force on {@code day} whose next review has fallen due before it (the latest
     * period reviewed ended more than {@code reviewEveryDays} ago, or never reviewed and the start
     * that long ago), longest overdue first; security roles only.
     */
    List<PerformanceReviewDue> overdue(Actor actor, LocalDate day);
}
