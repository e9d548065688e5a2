package io.vigil.testkit.memory.travel;

import io.vigil.testkit.memory.InMemoryVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.port.out.TravelPolicyStore;

/** {@link TravelPolicyStore} in memory. */
public final class InMemoryTravelPolicyStore extends InMemoryVersionedStore<OfficeId, TravelPolicy> implements TravelPolicyStore {
    public InMemoryTravelPolicyStore() {
        super("travel-policy");
    }
}
