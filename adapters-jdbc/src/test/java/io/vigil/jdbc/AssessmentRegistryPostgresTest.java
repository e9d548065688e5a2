package io.vigil.jdbc;

import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.AssessmentRegistryContract;

class AssessmentRegistryPostgresTest extends AssessmentRegistryContract {
    @Override
    protected AssessmentRegistry store() {
        return TestDatabases.postgres().assessments();
    }
}
