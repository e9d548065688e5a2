package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.AwarenessPolicyStoreContract;

class AwarenessPolicyStoreH2Test extends AwarenessPolicyStoreContract {
    @Override
    protected AwarenessPolicyStore store() {
        return TestDatabases.h2(JdbcAwarenessStores::new).policies();
    }
}
