package io.vigil.testkit.memory.travel;

import io.vigil.travel.port.out.TravelPorts;
import io.vigil.wiring.ContextStores;

/** The travel context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryTravelStores implements ContextStores<TravelPorts> {

    @Override
    public Class<TravelPorts> portsType() {
        return TravelPorts.class;
    }

    @Override
    public TravelPorts open() {
        return new TravelPorts(new InMemoryClearanceRegistry(), new InMemoryAirOperatorRegistry(),
                new InMemoryWaiverRegistry(), new InMemoryTravelPolicyStore());
    }
}
