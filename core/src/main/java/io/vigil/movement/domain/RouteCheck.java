package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.Restriction;
import java.util.List;

/** One check of a movement plan's route against one kind of area rule: its outcome and its reasons. */
public record RouteCheck(Restriction rule, PassageOutcome outcome, List<String> reasons) {
    public RouteCheck {
        Require.nonNull(rule, "rule");
        Require.nonNull(outcome, "outcome");
        reasons = Require.noNulls(reasons, "reasons");
        Require.that(!reasons.isEmpty(), "reasons", "must give at least one reason");
    }
}
