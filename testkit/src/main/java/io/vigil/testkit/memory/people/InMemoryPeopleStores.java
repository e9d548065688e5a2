package io.vigil.testkit.memory.people;

import io.vigil.people.port.out.PeoplePorts;
import io.vigil.wiring.ContextStores;

/** The personnel context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryPeopleStores implements ContextStores<PeoplePorts> {

    @Override
    public Class<PeoplePorts> portsType() {
        return PeoplePorts.class;
    }

    @Override
    public PeoplePorts open() {
        return new PeoplePorts(new InMemoryPersonDirectory(), new InMemoryResidenceRegistry(),
                new InMemoryPresenceLog(), new InMemoryMissionRegistry(), new InMemoryPositionLog(),
                new InMemoryWardenZoneRegistry(), new InMemoryOfficeDirectory());
    }
}
