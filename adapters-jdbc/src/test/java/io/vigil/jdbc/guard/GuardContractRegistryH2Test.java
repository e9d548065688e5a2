package io.vigil.jdbc.guard;

import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.guard.GuardContractRegistryContract;

class GuardContractRegistryH2Test extends GuardContractRegistryContract {
    @Override
    protected GuardContractRegistry store() {
        return TestDatabases.h2(JdbcGuardStores::new).contracts();
    }
}
