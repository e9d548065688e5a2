package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.wiring.ContextStores;

/** The liaison context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryLiaisonStores implements ContextStores<LiaisonPorts> {

    @Override
    public Class<LiaisonPorts> portsType() {
        return LiaisonPorts.class;
    }

    @Override
    public LiaisonPorts open() {
        return new LiaisonPorts(new InMemoryOrganisationRegistry(),
                new InMemoryContactDirectory(),
                new InMemoryContactLog(),
                new InMemoryInformationLog(),
                new InMemoryMeetingSeriesRegistry(),
                new InMemoryMeetingRecords(),
                new InMemoryActionRegister(),
                new InMemoryAdviceRegister());
    }
}
