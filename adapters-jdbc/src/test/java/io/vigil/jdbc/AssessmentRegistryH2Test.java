package io.vigil.jdbc;

import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.AssessmentRegistryContract;

class AssessmentRegistryH2Test extends AssessmentRegistryContract {
    @Override
    protected AssessmentRegistry store() {
        return TestDatabases.h2().assessments();
    }
}
