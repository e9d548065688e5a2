package io.vigil.travel.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the travel context (clearances, air operators, waivers, settings). */
public record TravelPorts(ClearanceRegistry clearances, AirOperatorRegistry operators, WaiverRegistry waivers,
                          TravelPolicyStore policies) {
    public TravelPorts {
        Require.nonNull(clearances, "clearances");
        Require.nonNull(operators, "operators");
        Require.nonNull(waivers, "waivers");
        Require.nonNull(policies, "policies");
    }
}
