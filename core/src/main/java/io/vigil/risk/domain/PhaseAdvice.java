package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/** The officer's advice on a phase, with its reasons (at least one), when and by whom it was given. */
public record PhaseAdvice(AdviceDecision decision, List<String> reasons, Instant at, String by) {
    public PhaseAdvice {
        Require.nonNull(decision, "decision");
        reasons = Require.noNulls(reasons, "reasons").stream().map(r -> Require.text(r, "reasons", 1000)).toList();
        Require.that(!reasons.isEmpty(), "reasons", "must give at least one reason");
        Require.that(reasons.size() <= 20, "reasons", "must be at most 20");
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
    }
}
