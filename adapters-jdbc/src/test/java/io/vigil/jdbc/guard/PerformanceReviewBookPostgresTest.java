package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.PerformanceReviewBookContract;

class PerformanceReviewBookPostgresTest extends PerformanceReviewBookContract {
    @Override
    protected PerformanceReviewBook store() {
        return TestDatabases.postgres(JdbcGuardStores::new).reviews();
    }
}
