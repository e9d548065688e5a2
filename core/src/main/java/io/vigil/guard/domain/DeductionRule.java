package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.util.Comparator;
import java.util.List;

/**
 * The deductions for one issue type, progressive by occurrence within a rolling window of months:
 * the n-th occurrence within the window costs step n (beyond the last step, the last step again).
 */
public record DeductionRule(IssueType type, int windowMonths, List<DeductionStep> steps) {
    /** The most steps of one rule. */
    public static final int MAX_STEPS = 20;

    public DeductionRule {
        Require.nonNull(type, "deductions.type");
        Require.that(windowMonths >= 1 && windowMonths <= 60, "deductions.windowMonths", "must be between 1 and 60");
        steps = Require.noNulls(steps, "deductions.steps").stream()
                .sorted(Comparator.comparingInt(DeductionStep::occurrence)).toList();
        Require.that(!steps.isEmpty() && steps.size() <= MAX_STEPS, "deductions.steps",
                "must hold between 1 and " + MAX_STEPS + " steps");
        for (int i = 0; i < steps.size(); i++) {
            Require.that(steps.get(i).occurrence() == i + 1, "deductions.steps",
                    "must number the occurrences 1, 2, 3, ... without gaps");
        }
    }

    /** The step of the n-th occurrence (the last step for any beyond it). */
    public DeductionStep step(int occurrence) {
        return steps.get(Math.min(occurrence, steps.size()) - 1);
    }
}
