package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.Restriction;
import java.time.Instant;
import java.util.List;

/**
 * What the area rules say of a movement plan's route, decided when the plan was stored or approved:
 * the verdict (the worst outcome of its checks) and the four checks in the order of
 * {@link Restriction} (forbidden, clearance, escort, daylight), each with its reasons.
 */
public record RouteDecision(PassageOutcome verdict, List<RouteCheck> checks, Instant decidedAt) {
    public RouteDecision {
        Require.nonNull(verdict, "verdict");
        checks = Require.noNulls(checks, "checks");
        Require.that(checks.size() == Restriction.values().length, "checks", "must list one check per rule");
        for (int i = 0; i < checks.size(); i++) {
            Require.that(checks.get(i).rule() == Restriction.values()[i], "checks", "must follow the rules' order");
        }
        Require.that(verdict == checks.stream().map(RouteCheck::outcome).max(Enum::compareTo).orElseThrow(),
                "verdict", "must be the worst outcome of the checks");
        Require.nonNull(decidedAt, "decidedAt");
    }

    /** Every reason of the checks that deny, in the checks' order. */
    public List<String> denials() {
        return checks.stream().filter(c -> c.outcome() == PassageOutcome.DENIED).flatMap(c -> c.reasons().stream())
                .toList();
    }
}
