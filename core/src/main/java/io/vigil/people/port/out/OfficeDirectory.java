package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.OfficeProfile;
import java.util.Comparator;

/** Outbound port: the profiles of the offices Vigil serves, one per office and keyed by it. */
public interface OfficeDirectory extends VersionedStore<OfficeId, OfficeProfile> {

    /** The order of every list of offices: by office id. */
    Comparator<OfficeProfile> BY_ID = Comparator.comparing(o -> o.id().value());

    /** Every office's profile, ordered by office id. */
    Page<OfficeProfile> list(PageRequest page);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends OfficeDirectory {
        /** The store's records, read whole on each query. */
        RecordQueries<OfficeId, OfficeProfile> query();

        @Override
        default Page<OfficeProfile> list(PageRequest page) {
            return Page.of(query().anyOffice(o -> true, BY_ID), page);
        }
    }
}
