package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.GuardContractRegistryContract;

class GuardContractRegistryPostgresTest extends GuardContractRegistryContract {
    @Override
    protected GuardContractRegistry store() {
        return TestDatabases.postgres(JdbcGuardStores::new).contracts();
    }
}
