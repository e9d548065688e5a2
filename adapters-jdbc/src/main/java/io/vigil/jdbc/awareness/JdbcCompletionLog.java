package io.vigil.jdbc.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/**
 * {@link CompletionLog} on JDBC. Timestamp columns hold microseconds, so the per-person and
 * per-course lists are put in the port's exact order after loading.
 */
final class JdbcCompletionLog extends JdbcVersionedStore<CompletionId, Completion> implements CompletionLog {

    JdbcCompletionLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Completion.class, "completion", "completion",
                List.of("person_id", "course_id", "completed_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Completion c) {
        return new Object[] {c.person().toString(), c.course().toString(), Jdbc.timestamp(c.completedAt())};
    }

    @Override
    public Page<Completion> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "completed_at DESC, id", page, office.value());
    }

    @Override
    public List<Completion> ofPerson(OfficeId office, PersonId person) {
        return bodies("SELECT body FROM completion WHERE office_id = ? AND person_id = ?", office.value(),
                person.toString()).stream().sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<Completion> ofCourse(OfficeId office, CourseId course) {
        return bodies("SELECT body FROM completion WHERE office_id = ? AND course_id = ?", office.value(),
                course.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
