package io.vigil.review.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewPeriod;
import java.time.Instant;

/**
 * Makes the periodic programme review of the actor's office: every context's figures for the
 * period {@code [from, to)}, counting only what was recorded by {@code asOf}, so the same three
 * instants give the same review however often it is made.
 */
public interface ProgrammeReviewUseCase {
    /** The longest period, in days. */
    int MAX_DAYS = ReviewPeriod.MAX_DAYS;

    /**
     * The review. The actor needs {@code REVIEW_FIGURES} (a manager, the associate, the officer);
     * with {@code REVIEW_DETAILS} (the associate, the officer) it also lists what is overdue or
     * missing, naming persons. Refused, naming every bad field at once: a missing instant,
     * {@code to} not after {@code from}, a period over {@value #MAX_DAYS} days, {@code asOf} before
     * {@code to} or after the present (a review of what is not yet recorded would change). The
     * review is audited with every person its findings name.
     */
    ProgrammeReview review(Actor actor, Instant from, Instant to, Instant asOf);
}
