package io.vigil.jdbc;

import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.WardenZoneRegistryContract;

class WardenZoneRegistryPostgresTest extends WardenZoneRegistryContract {
    @Override
    protected WardenZoneRegistry store() {
        return TestDatabases.postgres().wardenZones();
    }
}
