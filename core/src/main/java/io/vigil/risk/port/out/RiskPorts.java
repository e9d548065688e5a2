package io.vigil.risk.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the security risk management context. */
public record RiskPorts(AssessmentRegistry assessments, RiskPolicyStore policies, RestrictedAreaRegistry areas,
                        VenueRegistry venues, FacilityRegistry facilities,
                        PremisesProjectRegistry projects) {
    public RiskPorts {
        Require.nonNull(assessments, "assessments");
        Require.nonNull(policies, "policies");
        Require.nonNull(areas, "areas");
        Require.nonNull(venues, "venues");
        Require.nonNull(facilities, "facilities");
        Require.nonNull(projects, "projects");
    }
}
