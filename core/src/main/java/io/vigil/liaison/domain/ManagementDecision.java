package io.vigil.liaison.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/**
 * Management's decision on a piece of advice: the outcome, the reason (at most 2,000 characters),
 * who decided (a name or post, at most 200), when they decided, and who recorded it when.
 */
public record ManagementDecision(DecisionOutcome outcome, String reason, String decidedBy, Instant decidedAt,
                                 String recordedBy, Instant recordedAt) {
    public ManagementDecision {
        Require.nonNull(outcome, "outcome");
        reason = Require.text(reason, "reason", 2000);
        decidedBy = Require.text(decidedBy, "decidedBy", 200);
        Require.nonNull(decidedAt, "decidedAt");
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!decidedAt.isAfter(recordedAt), "decidedAt", "must not be after the decision is recorded ("
                + recordedAt + ")");
    }
}
