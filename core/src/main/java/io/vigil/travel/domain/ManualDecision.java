package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's decision on a clearance: approved, denied or escalated, by whom, when, why, on
 * behalf of whom (for a decision taken above the security officer), and what the rules advised.
 */
public record ManualDecision(Action action, String by, Instant at, String reason, Optional<String> onBehalfOf,
                             Verdict advised, Optional<ApprovalLevel> level) {
    /** The longest reason. */
    public static final int MAX_REASON = 2000;

    /** What the person did. */
    public enum Action { APPROVED, DENIED, ESCALATED }

    public ManualDecision {
        Require.nonNull(action, "action");
        by = Require.text(by, "by", 200);
        Require.nonNull(at, "at");
        reason = Require.text(reason, "reason", MAX_REASON);
        onBehalfOf = Require.nonNull(onBehalfOf, "onBehalfOf").map(String::strip).filter(s -> !s.isEmpty());
        Require.that(onBehalfOf.map(String::length).orElse(0) <= 200, "onBehalfOf", "must be at most 200 characters");
        Require.nonNull(advised, "advised");
        Require.nonNull(level, "level");
    }

    /**
     * Whether the person decided otherwise than the rules advised: approving what the rules denied,
     * or denying what they approved. Deciding a request that needs approval either way follows them.
     */
    public boolean differs() {
        return action == Action.APPROVED && advised == Verdict.DENIED
                || action == Action.DENIED && advised == Verdict.AUTO_APPROVED;
    }
}
