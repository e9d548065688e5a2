package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.movement.MovementSettingsStoreContract;

class MovementSettingsStorePostgresTest extends MovementSettingsStoreContract {
    @Override
    protected MovementSettingsStore store() {
        return TestDatabases.postgres(JdbcMovementStores::new).settings();
    }
}
