package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.movement.MovementSettingsStoreContract;

class MovementSettingsStoreH2Test extends MovementSettingsStoreContract {
    @Override
    protected MovementSettingsStore store() {
        return TestDatabases.h2(JdbcMovementStores::new).settings();
    }
}
