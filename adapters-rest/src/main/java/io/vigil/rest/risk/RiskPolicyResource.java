package io.vigil.rest.risk;

import io.vigil.risk.domain.AcceptabilityRule;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskPolicy;
import java.util.List;

/**
 * The office's risk matrix ({@code matrix[likelihood][impact]}, lowest first) and acceptability
 * table; version 0 is the standard policy, not yet configured.
 */
public record RiskPolicyResource(String office, long version, List<List<RiskLevel>> matrix,
                                 List<AcceptabilityRule> rules) {

    public static RiskPolicyResource from(RiskPolicy p) {
        return new RiskPolicyResource(p.office().value(), p.version(), p.matrix().cells(), p.rules().rules());
    }
}
