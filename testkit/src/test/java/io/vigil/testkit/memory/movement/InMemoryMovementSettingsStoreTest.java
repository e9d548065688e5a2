package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.contract.movement.MovementSettingsStoreContract;

class InMemoryMovementSettingsStoreTest extends MovementSettingsStoreContract {
    private static final InMemoryMovementSettingsStore STORE = new InMemoryMovementSettingsStore();

    @Override
    protected MovementSettingsStore store() {
        return STORE;
    }
}
