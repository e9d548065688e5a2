package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A performance issue as a review gathered it: the issue, its type, post, day and hours, its
 * occurrence within its rule's window, the deduction it carried (rounded half-up to the currency's
 * minor unit; zero for a warning or a type without a rule) and whether it was grounds for removal.
 */
public record PerformanceReviewIssue(IssueId issue, IssueType type, String post, LocalDate date, BigDecimal hours,
                                     int occurrence, BigDecimal deduction, boolean removal) {
    public PerformanceReviewIssue {
        Require.nonNull(issue, "issue");
        Require.nonNull(type, "type");
        Require.nonNull(post, "post");
        Require.nonNull(date, "date");
        Require.nonNull(hours, "hours");
        Require.that(occurrence >= 1, "occurrence", "must be at least 1");
        Require.nonNull(deduction, "deduction");
    }
}
