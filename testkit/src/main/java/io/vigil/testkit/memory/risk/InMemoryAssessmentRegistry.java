package io.vigil.testkit.memory.risk;

import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link AssessmentRegistry} in memory. */
public final class InMemoryAssessmentRegistry extends InMemoryVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry.Scanned {
    public InMemoryAssessmentRegistry() {
        super("assessment");
    }
}
