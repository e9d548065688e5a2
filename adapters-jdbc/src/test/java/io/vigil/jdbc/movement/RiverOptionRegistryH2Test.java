package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.movement.RiverOptionRegistryContract;

class RiverOptionRegistryH2Test extends RiverOptionRegistryContract {
    @Override
    protected RiverOptionRegistry store() {
        return TestDatabases.h2(JdbcMovementStores::new).riverOptions();
    }
}
