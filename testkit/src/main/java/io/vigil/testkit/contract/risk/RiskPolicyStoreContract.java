package io.vigil.testkit.contract.risk;

import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.RiskGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link RiskPolicyStore}; extend it with your adapter. A policy's id is its
 * office, so every new policy belongs to a fresh office.
 */
public abstract class RiskPolicyStoreContract extends VersionedStoreContract<OfficeId, RiskPolicy, RiskPolicyStore> {

    @Override
    protected Gen<RiskPolicy> newAggregates(OfficeId office) {
        return RiskGenerators.policies();
    }

    /** The same policy with its most likely row made unacceptable throughout (or restored to the standard). */
    @Override
    protected RiskPolicy changed(RiskPolicy p) {
        List<List<RiskLevel>> cells = new ArrayList<>(p.matrix().cells());
        List<RiskLevel> worst = Collections.nCopies(cells.get(0).size(), RiskLevel.UNACCEPTABLE);
        RiskMatrix matrix = cells.get(cells.size() - 1).equals(worst) ? RiskMatrix.standard() : null;
        if (matrix == null) {
            cells.set(cells.size() - 1, worst);
            matrix = new RiskMatrix(cells);
        }
        return new RiskPolicy(p.id(), p.version(), matrix, p.rules());
    }
}
