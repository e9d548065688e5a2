package io.vigil.jdbc;

import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.RestrictedAreaRegistryContract;

class RestrictedAreaRegistryH2Test extends RestrictedAreaRegistryContract {
    @Override
    protected RestrictedAreaRegistry store() {
        return TestDatabases.h2().restrictedAreas();
    }
}
