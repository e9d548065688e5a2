package io.vigil.testkit.memory.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RiskPolicyStore} in memory. */
public final class InMemoryRiskPolicyStore extends InMemoryVersionedStore<OfficeId, RiskPolicy>
        implements RiskPolicyStore {

    public InMemoryRiskPolicyStore() {
        super("risk-policy");
    }
}
