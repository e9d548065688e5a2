package io.vigil.people.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the personnel context, as one adapter (or several) provides them. */
public record PeoplePorts(PersonDirectory persons, ResidenceRegistry residences, PresenceLog presences,
                          MissionRegistry missions, PositionLog positions, WardenZoneRegistry zones,
                          OfficeDirectory offices) {
    public PeoplePorts {
        Require.nonNull(persons, "persons");
        Require.nonNull(residences, "residences");
        Require.nonNull(presences, "presences");
        Require.nonNull(missions, "missions");
        Require.nonNull(positions, "positions");
        Require.nonNull(zones, "zones");
        Require.nonNull(offices, "offices");
    }
}
