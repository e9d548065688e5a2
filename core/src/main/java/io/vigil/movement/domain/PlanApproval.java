package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** A security officer's approval of a movement plan whose route needs it: who, when, and why. */
public record PlanApproval(String by, Instant at, String reason) {
    /** The longest reason. */
    public static final int MAX_REASON = 2_000;

    public PlanApproval {
        by = Require.text(by, "by", 200);
        Require.nonNull(at, "at");
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
