package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ExerciseScheduleStore} in memory. */
public final class InMemoryExerciseScheduleStore extends InMemoryVersionedStore<OfficeId, ExerciseSchedule> implements ExerciseScheduleStore {
    public InMemoryExerciseScheduleStore() {
        super("exercise-schedule");
    }
}
