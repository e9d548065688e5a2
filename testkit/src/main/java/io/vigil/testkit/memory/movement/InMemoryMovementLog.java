package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link MovementLog} in memory. */
public final class InMemoryMovementLog extends InMemoryVersionedStore<MovementId, Movement> implements MovementLog.Scanned {
    public InMemoryMovementLog() {
        super("movement");
    }
}
