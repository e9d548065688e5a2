package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import java.util.Comparator;

/** Outbound port: the office's river transport options. */
public interface RiverOptionRegistry extends VersionedStore<RiverOptionId, RiverOption> {
    /** The order of the list: by operator, ties by id. */
    Comparator<RiverOption> BY_OPERATOR = Comparator.comparing(RiverOption::operator)
            .thenComparing(o -> o.id().toString());

    /** The office's records, by operator. */
    Page<RiverOption> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends RiverOptionRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<RiverOptionId, RiverOption> query();

        @Override
        default Page<RiverOption> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_OPERATOR, page);
        }
    }
}
