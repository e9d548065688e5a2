package io.vigil.movement.port.out;

import io.vigil.kernel.Require;

/**
 * The outbound ports of the movement context (movement plans, vehicles, drivers, settings, river
 * options, MEDEVAC plans, road incidents, visits).
 */
public record MovementPorts(MovementLog movements, VehicleFleet vehicles, DriverRoster drivers,
                            MovementSettingsStore settings, RiverOptionRegistry riverOptions,
                            MedevacPlanRegistry medevacPlans, RoadIncidentLog roadIncidents, VisitRegistry visits) {
    public MovementPorts {
        Require.nonNull(movements, "movements");
        Require.nonNull(vehicles, "vehicles");
        Require.nonNull(drivers, "drivers");
        Require.nonNull(settings, "settings");
        Require.nonNull(riverOptions, "riverOptions");
        Require.nonNull(medevacPlans, "medevacPlans");
        Require.nonNull(roadIncidents, "roadIncidents");
        Require.nonNull(visits, "visits");
    }
}
