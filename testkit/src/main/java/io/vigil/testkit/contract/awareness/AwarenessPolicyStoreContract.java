package io.vigil.testkit.contract.awareness;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AwarenessGenerators;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link AwarenessPolicyStore}; extend it with your adapter. A policy's id is its
 * office, so every new policy belongs to a fresh office.
 */
public abstract class AwarenessPolicyStoreContract
        extends VersionedStoreContract<OfficeId, AwarenessPolicy, AwarenessPolicyStore> {

    @Override
    protected Gen<AwarenessPolicy> newAggregates(OfficeId office) {
        return AwarenessGenerators.policies();
    }

    /** The policy with one more day to an on-arrival briefing (or back to one). */
    @Override
    protected AwarenessPolicy changed(AwarenessPolicy p) {
        return new AwarenessPolicy(p.id(), p.version(), p.warningDays(),
                p.onArrivalDays() >= AwarenessPolicy.MAX_ON_ARRIVAL_DAYS ? 1 : p.onArrivalDays() + 1);
    }
}
