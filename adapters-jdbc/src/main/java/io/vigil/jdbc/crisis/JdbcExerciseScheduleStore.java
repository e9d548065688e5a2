package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link ExerciseScheduleStore} on JDBC: one row per office. */
final class JdbcExerciseScheduleStore extends JdbcVersionedStore<OfficeId, ExerciseSchedule> implements ExerciseScheduleStore {

    JdbcExerciseScheduleStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, ExerciseSchedule.class, "exercise_schedule", "exercise-schedule", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(ExerciseSchedule value) {
        return new Object[0];
    }
}
