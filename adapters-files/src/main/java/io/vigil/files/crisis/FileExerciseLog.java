package io.vigil.files.crisis;

import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link ExerciseLog} on JSON files. */
final class FileExerciseLog extends FileVersionedStore<ExerciseId, Exercise> implements ExerciseLog.Scanned {
    FileExerciseLog(JsonDirectory<Exercise> files) {
        super(files, "exercise");
    }
}
