package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ContinuityStoreContract;

class ContinuityStoreH2Test extends ContinuityStoreContract {
    @Override
    protected ContinuityStore store() {
        return TestDatabases.h2(JdbcCrisisStores::new).continuity();
    }
}
