package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.risk.domain.RiskPolicy;

/** Read and configure the office's risk matrix and acceptability table. */
public interface ConfigureRiskPolicyUseCase {
    /** The office's policy; the standard one (version 0) until the office configures its own. */
    RiskPolicy current(Actor actor);

    /**
     * Replaces the office's policy at the expected version (0 for the first). An incomplete or
     * non-monotone matrix or table is refused with every problem, each naming its cell or rule.
     * Existing assessments keep the copy they were scored with.
     */
    RiskPolicy configure(Actor actor, long expectedVersion, RiskPolicyDetails details);
}
