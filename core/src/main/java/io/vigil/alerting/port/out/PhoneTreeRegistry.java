package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's telephone trees with their drills; an office has a few, listed whole. */
public interface PhoneTreeRegistry extends VersionedStore<TreeId, PhoneTree> {
    /** The order of {@link #list}: by name, ties by id. */
    Comparator<PhoneTree> BY_NAME = Comparator.comparing(PhoneTree::name).thenComparing(t -> t.id().toString());

    /** The office's trees by name. */
    List<PhoneTree> list(OfficeId office);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends PhoneTreeRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<TreeId, PhoneTree> query();

        @Override
        default List<PhoneTree> list(OfficeId office) {
            return query().list(office, BY_NAME);
        }
    }
}
