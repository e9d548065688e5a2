package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.AwarenessPolicyStoreContract;

class AwarenessPolicyStoreSqliteTest extends AwarenessPolicyStoreContract {
    @Override
    protected AwarenessPolicyStore store() {
        return TestDatabases.sqlite(JdbcAwarenessStores::new).policies();
    }
}
