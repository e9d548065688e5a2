package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.util.Optional;

/**
 * What a residual risk level allows: programmes down to {@code lowestCriticality} may proceed
 * (none may when it is empty), with {@code approval} when given.
 */
public record AcceptabilityRule(RiskLevel level, Optional<ProgrammeCriticality> lowestCriticality,
                                Optional<ApprovalLevel> approval) {
    public AcceptabilityRule {
        Require.nonNull(level, "level");
        Require.nonNull(lowestCriticality, "lowestCriticality");
        Require.nonNull(approval, "approval");
        Require.that(lowestCriticality.isPresent() || approval.isEmpty(),
                "approval", "is meaningless for a level at which no programme may proceed");
    }
}
