package io.vigil.awareness.port.out;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.CourseId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the courses persons of the office have completed. */
public interface CompletionLog extends VersionedStore<CompletionId, Completion> {
    /** The order of every query: latest completion first, ties by id. */
    Comparator<Completion> LATEST_FIRST = Comparator.comparing(Completion::completedAt).reversed()
            .thenComparing(c -> c.id().toString());

    /** The office's completions, latest first. */
    Page<Completion> list(OfficeId office, PageRequest page);

    /** One person's completions in the office, latest first. */
    List<Completion> ofPerson(OfficeId office, PersonId person);

    /** The office's completions of one course, latest first. */
    List<Completion> ofCourse(OfficeId office, CourseId course);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends CompletionLog {
        /** The store's records, read whole on each query. */
        RecordQueries<CompletionId, Completion> query();

        @Override
        default Page<Completion> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Completion> ofPerson(OfficeId office, PersonId person) {
            return query().list(office, c -> c.person().equals(person), LATEST_FIRST);
        }

        @Override
        default List<Completion> ofCourse(OfficeId office, CourseId course) {
            return query().list(office, c -> c.course().equals(course), LATEST_FIRST);
        }
    }
}
