package io.vigil.jdbc.risk;

import io.vigil.jdbc.TestDatabases;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.risk.AssessmentRegistryContract;

class AssessmentRegistrySqliteTest extends AssessmentRegistryContract {
    @Override
    protected AssessmentRegistry store() {
        return TestDatabases.sqlite(JdbcRiskStores::new).assessments();
    }
}
