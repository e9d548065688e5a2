package io.vigil.testkit.contract.crisis;

import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.crisis.domain.CriticalFunction;
import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link ContinuityStore}; extend it with your adapter. The record's id is its office, so
 * every new record belongs to a fresh office.
 */
public abstract class ContinuityStoreContract extends VersionedStoreContract<OfficeId, ContinuityInputs, ContinuityStore> {

    @Override
    protected Gen<ContinuityInputs> newAggregates(OfficeId office) {
        return CrisisGenerators.continuity();
    }

    @Override
    protected ContinuityInputs changed(ContinuityInputs x) {
        List<CriticalFunction> functions = new ArrayList<>(x.functions());
        CriticalFunction f = functions.get(0);
        functions.set(0, new CriticalFunction(f.name(), f.threats(), f.alternateSite(), f.minimumStaff() + 1,
                f.recoveryTimeHours(), f.maxTolerableHours()));
        return new ContinuityInputs(x.id(), x.version(), functions);
    }
}
