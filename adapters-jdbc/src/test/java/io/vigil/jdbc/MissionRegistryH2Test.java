package io.vigil.jdbc;

import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.MissionRegistryContract;

class MissionRegistryH2Test extends MissionRegistryContract {
    @Override
    protected MissionRegistry store() {
        return TestDatabases.h2().missions();
    }
}
