package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ActivationLogContract;

class ActivationLogPostgresTest extends ActivationLogContract {
    @Override
    protected ActivationLog store() {
        return TestDatabases.postgres(JdbcCrisisStores::new).activations();
    }
}
