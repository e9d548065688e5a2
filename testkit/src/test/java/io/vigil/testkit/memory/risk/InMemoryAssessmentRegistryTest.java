package io.vigil.testkit.memory.risk;

import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.risk.AssessmentRegistryContract;

class InMemoryAssessmentRegistryTest extends AssessmentRegistryContract {
    private static final InMemoryAssessmentRegistry STORE = new InMemoryAssessmentRegistry();

    @Override
    protected AssessmentRegistry store() {
        return STORE;
    }
}
