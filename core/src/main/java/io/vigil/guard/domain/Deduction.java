package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A deduction from a post's line: liquidated damages for a day under the threshold, or a
 * penalty of the deduction schedule for an issue's occurrence (which may be grounds for removal).
 */
public record Deduction(String post, LocalDate date, Kind kind, BigDecimal amount, String reason,
                        Optional<IssueId> issue, boolean removalGrounds) {
    /** What a deduction is for. */
    public enum Kind { LIQUIDATED_DAMAGES, PENALTY }

    public Deduction {
        Require.text(post, "post");
        Require.nonNull(date, "date");
        Require.nonNull(kind, "kind");
        Require.nonNull(amount, "amount");
        Require.that(amount.signum() >= 0, "amount", "must not be negative");
        Require.text(reason, "reason");
        Require.nonNull(issue, "issue");
    }
}
