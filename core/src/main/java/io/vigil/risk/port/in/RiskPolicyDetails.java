package io.vigil.risk.port.in;

import io.vigil.risk.domain.AcceptabilityRule;
import io.vigil.risk.domain.RiskLevel;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An office's risk matrix ({@code matrix.get(likelihood).get(impact)}, lowest first) and its
 * acceptability table (one rule per risk level, lowest first).
 */
public record RiskPolicyDetails(@NotNull List<List<RiskLevel>> matrix, @NotNull List<AcceptabilityRule> rules) {
}
