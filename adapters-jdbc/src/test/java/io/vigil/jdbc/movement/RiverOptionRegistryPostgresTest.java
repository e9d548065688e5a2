package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.movement.RiverOptionRegistryContract;

class RiverOptionRegistryPostgresTest extends RiverOptionRegistryContract {
    @Override
    protected RiverOptionRegistry store() {
        return TestDatabases.postgres(JdbcMovementStores::new).riverOptions();
    }
}
