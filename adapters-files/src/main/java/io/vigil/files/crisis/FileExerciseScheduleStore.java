package io.vigil.files.crisis;

import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link ExerciseScheduleStore} on JSON files. */
final class FileExerciseScheduleStore extends FileVersionedStore<OfficeId, ExerciseSchedule> implements ExerciseScheduleStore {
    FileExerciseScheduleStore(JsonDirectory<ExerciseSchedule> files) {
        super(files, "exercise-schedule");
    }
}
