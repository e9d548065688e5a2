package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.GuardContractRegistryContract;

class GuardContractRegistrySqliteTest extends GuardContractRegistryContract {
    @Override
    protected GuardContractRegistry store() {
        return TestDatabases.sqlite(JdbcGuardStores::new).contracts();
    }
}
