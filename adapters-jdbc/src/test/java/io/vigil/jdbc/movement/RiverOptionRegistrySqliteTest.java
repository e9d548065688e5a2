package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.movement.RiverOptionRegistryContract;

class RiverOptionRegistrySqliteTest extends RiverOptionRegistryContract {
    @Override
    protected RiverOptionRegistry store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).riverOptions();
    }
}
