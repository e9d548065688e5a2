package io.vigil.testkit.memory.travel;

import io.vigil.testkit.memory.InMemoryVersionedStore;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.port.out.AirOperatorRegistry;

/** {@link AirOperatorRegistry} in memory. */
public final class InMemoryAirOperatorRegistry extends InMemoryVersionedStore<AirOperatorId, AirOperator> implements AirOperatorRegistry.Scanned {
    public InMemoryAirOperatorRegistry() {
        super("air-operator");
    }
}
