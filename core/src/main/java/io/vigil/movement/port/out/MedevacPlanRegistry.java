package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import java.util.Comparator;

/** Outbound port: the office's MEDEVAC plans, one or more per duty station. */
public interface MedevacPlanRegistry extends VersionedStore<MedevacPlanId, MedevacPlan> {
    /** The order of the list: by duty station, ties by id. */
    Comparator<MedevacPlan> BY_DUTY_STATION = Comparator.comparing(MedevacPlan::dutyStation)
            .thenComparing(p -> p.id().toString());

    /** The office's records, by duty station. */
    Page<MedevacPlan> list(OfficeId office, PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends MedevacPlanRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<MedevacPlanId, MedevacPlan> query();

        @Override
        default Page<MedevacPlan> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_DUTY_STATION, page);
        }
    }
}
