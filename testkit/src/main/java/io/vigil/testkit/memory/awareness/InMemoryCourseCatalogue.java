package io.vigil.testkit.memory.awareness;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CourseCatalogue} in memory. */
public final class InMemoryCourseCatalogue extends InMemoryVersionedStore<CourseId, Course> implements CourseCatalogue.Scanned {
    public InMemoryCourseCatalogue() {
        super("course");
    }
}
