package io.vigil.jdbc;

import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.testkit.contract.WardenZoneRegistryContract;

class WardenZoneRegistryH2Test extends WardenZoneRegistryContract {
    @Override
    protected WardenZoneRegistry store() {
        return TestDatabases.h2().wardenZones();
    }
}
