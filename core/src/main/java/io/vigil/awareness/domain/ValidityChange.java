package io.vigil.awareness.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One change of a course's validity, kept in the course's history: from and to (in months; empty
 * for no expiry), when, by whom and why, and how many completions recorded under the earlier
 * validity keep it (a change applies to completions recorded from then on).
 */
public record ValidityChange(Optional<Integer> fromMonths, Optional<Integer> toMonths, Instant at, String by,
                             String reason, int completionsKept) {
    public ValidityChange {
        Require.nonNull(fromMonths, "fromMonths");
        Require.nonNull(toMonths, "toMonths");
        Require.that(!fromMonths.equals(toMonths), "validityMonths", "must differ from the validity in force");
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        reason = Require.text(reason, "reason", 1000);
        Require.that(completionsKept >= 0, "completionsKept", "must not be negative");
    }
}
