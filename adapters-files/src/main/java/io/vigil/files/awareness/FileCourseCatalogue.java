package io.vigil.files.awareness;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link CourseCatalogue} on JSON files. */
final class FileCourseCatalogue extends FileVersionedStore<CourseId, Course> implements CourseCatalogue.Scanned {
    FileCourseCatalogue(JsonDirectory<Course> files) {
        super(files, "course");
    }
}
