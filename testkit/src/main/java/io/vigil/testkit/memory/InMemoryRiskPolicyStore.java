package io.vigil.testkit.memory;

import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.out.RiskPolicyStore;

/** {@link RiskPolicyStore} in memory. */
public final class InMemoryRiskPolicyStore extends InMemoryVersionedStore<OfficeId, RiskPolicy>
        implements RiskPolicyStore {

    public InMemoryRiskPolicyStore() {
        super("risk-policy");
    }
}
