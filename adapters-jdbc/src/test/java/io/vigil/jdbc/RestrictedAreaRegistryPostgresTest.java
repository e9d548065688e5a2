package io.vigil.jdbc;

import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.RestrictedAreaRegistryContract;

class RestrictedAreaRegistryPostgresTest extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return TestDatabases.postgres().restrictedAreas();
    }
}
