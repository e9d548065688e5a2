package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.movement.MovementSettingsStoreContract;

class MovementSettingsStoreSqliteTest extends MovementSettingsStoreContract {
    @Override
    protected MovementSettingsStore store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).settings();
    }
}
