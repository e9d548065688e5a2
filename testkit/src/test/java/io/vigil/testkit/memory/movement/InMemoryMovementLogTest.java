package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.MovementLog;
import io.vigil.testkit.contract.movement.MovementLogContract;

class InMemoryMovementLogTest extends MovementLogContract {
    private static final InMemoryMovementLog STORE = new InMemoryMovementLog();

    @Override
    protected MovementLog store() {
        return STORE;
    }
}
