package io.vigil.testkit.contract.crisis;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link CrisisPlanStore}; extend it with your adapter. The record's id is its office, so
 * every new record belongs to a fresh office.
 */
public abstract class CrisisPlanStoreContract extends VersionedStoreContract<OfficeId, CrisisPlan, CrisisPlanStore> {

    @Override
    protected Gen<CrisisPlan> newAggregates(OfficeId office) {
        return CrisisGenerators.plans();
    }

    @Override
    protected CrisisPlan changed(CrisisPlan x) {
        return x.withDraft(CrisisGenerators.content("Revised", 2), "associate", x.versions().get(0).draftedAt()
                .plusSeconds(86_400));
    }
}
