package io.vigil.jdbc.awareness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link CourseCatalogue} on JDBC. */
final class JdbcCourseCatalogue extends JdbcVersionedStore<CourseId, Course> implements CourseCatalogue {

    JdbcCourseCatalogue(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Course.class, "course", "course", List.of("code"), List.of());
    }

    @Override
    protected Object[] columnValues(Course c) {
        return new Object[] {c.code()};
    }

    @Override
    public Page<Course> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "code, id", page, office.value());
    }
}
