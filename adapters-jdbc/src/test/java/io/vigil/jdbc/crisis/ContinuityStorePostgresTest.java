package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ContinuityStoreContract;

class ContinuityStorePostgresTest extends ContinuityStoreContract {
    @Override
    protected ContinuityStore store() {
        return TestDatabases.postgres(JdbcCrisisStores::new).continuity();
    }
}
