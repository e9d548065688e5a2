package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.util.List;
import java.util.Optional;

/** One check of a clearance decision: its outcome, the approval level it asks for, and its reasons. */
public record Check(CheckKind kind, CheckOutcome outcome, Optional<ApprovalLevel> level, List<String> reasons) {
    public Check {
        Require.nonNull(kind, "kind");
        Require.nonNull(outcome, "outcome");
        Require.nonNull(level, "level");
        Require.that(level.isPresent() == (outcome == CheckOutcome.NEEDS_APPROVAL), "level",
                "must be given exactly when the check needs approval");
        reasons = Require.noNulls(reasons, "reasons");
        Require.that(!reasons.isEmpty(), "reasons", "must give at least one reason");
    }
}
