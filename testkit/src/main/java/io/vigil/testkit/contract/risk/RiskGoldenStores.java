package io.vigil.testkit.contract.risk;

import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.testkit.golden.GoldenStore;
import java.util.List;

/** The risk context's stores for the released-bodies contract. */
public final class RiskGoldenStores {
    private RiskGoldenStores() {
    }

    public static List<GoldenStore<?>> of(RiskPorts p) {
        return List.of(
                GoldenStore.versioned("assessments", SecurityAssessment.class, p.assessments()),
                GoldenStore.versioned("risk-policies", RiskPolicy.class, p.policies()),
                GoldenStore.versioned("restricted-areas", RestrictedArea.class, p.areas()),
                GoldenStore.versioned("venues", VenueAssessment.class, p.venues()),
                GoldenStore.versioned("facilities", Facility.class, p.facilities()));
    }
}
