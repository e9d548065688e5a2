package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** A due date of the plan (its annual review or its annual test), and whether it has passed. */
public record PlanDue(Kind kind, Instant due, boolean overdue) {
    /** What is due. */
    public enum Kind { REVIEW, TEST }

    public PlanDue {
        Require.nonNull(kind, "kind");
        Require.nonNull(due, "due");
    }
}
