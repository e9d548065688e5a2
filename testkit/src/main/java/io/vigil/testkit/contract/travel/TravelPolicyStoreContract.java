package io.vigil.testkit.contract.travel;

import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.TravelGenerators;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.port.out.TravelPolicyStore;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link TravelPolicyStore}; extend it with your adapter. A policy's id is its office,
 * so every new policy belongs to a fresh office.
 */
public abstract class TravelPolicyStoreContract extends VersionedStoreContract<OfficeId, TravelPolicy, TravelPolicyStore> {

    @Override
    protected Gen<TravelPolicy> newAggregates(OfficeId office) {
        return TravelGenerators.policies();
    }

    /** The policy with one more person allowed on a flight (or back to one). */
    @Override
    protected TravelPolicy changed(TravelPolicy p) {
        return new TravelPolicy(p.id(), p.version(), p.timeZone(),
                p.maxOnFlight() >= TravelPolicy.MAX_ON_FLIGHT ? 1 : p.maxOnFlight() + 1, p.leadDays());
    }
}
