package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;

/** Outbound port: each office's drills and exercises held. */
public interface ExerciseLog extends VersionedStore<ExerciseId, Exercise> {
    /** The order of {@link #list}: latest held first, ties by id. */
    Comparator<Exercise> LATEST_FIRST = Comparator.comparing(Exercise::heldAt).reversed()
            .thenComparing(e -> e.id().toString());

    /** The office's drills, latest held first. */
    Page<Exercise> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ExerciseLog {
        /** The store's records, read whole on each query. */
        RecordQueries<ExerciseId, Exercise> query();

        @Override
        default Page<Exercise> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }
    }
}
