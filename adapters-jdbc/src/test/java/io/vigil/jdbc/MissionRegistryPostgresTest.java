package io.vigil.jdbc;

import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.MissionRegistryContract;

class MissionRegistryPostgresTest extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return TestDatabases.postgres().missions();
    }
}
