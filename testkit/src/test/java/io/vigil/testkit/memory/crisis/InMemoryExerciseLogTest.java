package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.testkit.contract.crisis.ExerciseLogContract;

class InMemoryExerciseLogTest extends ExerciseLogContract {
    private static final InMemoryExerciseLog STORE = new InMemoryExerciseLog();

    @Override
    protected ExerciseLog store() {
        return STORE;
    }
}
