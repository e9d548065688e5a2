package io.vigil.movement.port.out;

import io.vigil.kernel.Require;

/**
 * What the movement context reads or asks of other contexts, each through a port of its own that the
 * composition root adapts to that context's use cases: the risk context's restricted areas and venue
 * assessments, and the travel context's clearances.
 */
public record MovementPartners(RouteAreas areas, VisitVenues venues, VisitClearances clearances) {
    public MovementPartners {
        Require.nonNull(areas, "areas");
        Require.nonNull(venues, "venues");
        Require.nonNull(clearances, "clearances");
    }
}
