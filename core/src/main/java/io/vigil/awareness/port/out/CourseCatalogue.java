package io.vigil.awareness.port.out;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: each office's course catalogue. */
public interface CourseCatalogue extends VersionedStore<CourseId, Course> {
    /** The order of {@link #list}: by code, ties by id. */
    Comparator<Course> BY_CODE = Comparator.comparing(Course::code).thenComparing(c -> c.id().toString());

    /** The office's courses by code (ties by id). */
    Page<Course> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends CourseCatalogue {
        /** The store's records, read whole on each query. */
        RecordQueries<CourseId, Course> query();

        @Override
        default Page<Course> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_CODE, page);
        }
    }
}
