package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.testkit.contract.crisis.ExerciseScheduleStoreContract;

class InMemoryExerciseScheduleStoreTest extends ExerciseScheduleStoreContract {
    private static final InMemoryExerciseScheduleStore STORE = new InMemoryExerciseScheduleStore();

    @Override
    protected ExerciseScheduleStore store() {
        return STORE;
    }
}
