package io.vigil.testkit.memory;

import io.vigil.people.application.PeopleServices;

/** Fresh in-memory adapters for every outbound port, for wiring Vigil by hand in tests and demos. */
public final class InMemoryAdapters {
    private InMemoryAdapters() {
    }

    /** A new, empty set of ports. */
    public static PeopleServices.Ports ports() {
        return new PeopleServices.Ports(new InMemoryPersonDirectory(), new InMemoryResidenceRegistry(),
                new InMemoryPresenceLog(), new InMemoryMissionRegistry(), new InMemoryPositionLog(),
                new InMemoryAuditLog());
    }
}
