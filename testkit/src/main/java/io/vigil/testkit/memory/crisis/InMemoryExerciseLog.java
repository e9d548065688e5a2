package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link ExerciseLog} in memory. */
public final class InMemoryExerciseLog extends InMemoryVersionedStore<ExerciseId, Exercise> implements ExerciseLog.Scanned {
    public InMemoryExerciseLog() {
        super("exercise");
    }
}
