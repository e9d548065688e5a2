package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link ExerciseLog} on JDBC, with the time held as a column. */
final class JdbcExerciseLog extends JdbcVersionedStore<ExerciseId, Exercise> implements ExerciseLog {

    JdbcExerciseLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Exercise.class, "crisis_exercise", "exercise", List.of("held_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Exercise e) {
        return new Object[] {Jdbc.timestamp(e.heldAt())};
    }

    @Override
    public Page<Exercise> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "held_at DESC, id", page, office.value());
    }
}
