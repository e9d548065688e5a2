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
                new GoldenStore<>("assessments", SecurityAssessment.class,
                        r -> p.assessments().save(r.withVersion(0)), r -> p.assessments().findById(r.id())),
                new GoldenStore<>("risk-policies", RiskPolicy.class, r -> p.policies().save(r.withVersion(0)),
                        r -> p.policies().findById(r.id())),
                new GoldenStore<>("restricted-areas", RestrictedArea.class, r -> p.areas().save(r.withVersion(0)),
                        r -> p.areas().findById(r.id())),
                new GoldenStore<>("venues", VenueAssessment.class, r -> p.venues().save(r.withVersion(0)),
                        r -> p.venues().findById(r.id())),
                new GoldenStore<>("facilities", Facility.class, r -> p.facilities().save(r.withVersion(0)),
                        r -> p.facilities().findById(r.id())));
    }
}
