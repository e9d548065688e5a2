package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.RiskPorts;
import io.vigil.wiring.ContextStores;

/** The risk context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryRiskStores implements ContextStores<RiskPorts> {

    @Override
    public Class<RiskPorts> portsType() {
        return RiskPorts.class;
    }

    @Override
    public RiskPorts open() {
        return new RiskPorts(new InMemoryAssessmentRegistry(), new InMemoryRiskPolicyStore(),
                new InMemoryRestrictedAreaRegistry(), new InMemoryVenueRegistry(), new InMemoryFacilityRegistry(),
                new InMemoryPremisesProjectRegistry());
    }
}
