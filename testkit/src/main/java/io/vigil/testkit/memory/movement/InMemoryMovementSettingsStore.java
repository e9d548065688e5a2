package io.vigil.testkit.memory.movement;

import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.port.out.MovementSettingsStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MovementSettingsStore} in memory. */
public final class InMemoryMovementSettingsStore extends InMemoryVersionedStore<OfficeId, MovementSettings> implements MovementSettingsStore {
    public InMemoryMovementSettingsStore() {
        super("movement-settings");
    }
}
