package io.vigil.travel.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import java.util.Comparator;

/** Outbound port: the air operators the office has assessed. */
public interface AirOperatorRegistry extends VersionedStore<AirOperatorId, AirOperator> {
    /** The order of {@link #list}: by code, ties by id. */
    Comparator<AirOperator> BY_CODE = Comparator.comparing(AirOperator::code).thenComparing(o -> o.id().toString());

    /** The office's operators by code. */
    Page<AirOperator> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends AirOperatorRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<AirOperatorId, AirOperator> query();

        @Override
        default Page<AirOperator> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_CODE, page);
        }
    }
}
