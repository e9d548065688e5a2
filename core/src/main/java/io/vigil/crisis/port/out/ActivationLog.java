package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: each office's activations of the crisis team. */
public interface ActivationLog extends VersionedStore<ActivationId, Activation> {
    /** The order of {@link #list} and {@link #open}: latest activated first, ties by id. */
    Comparator<Activation> LATEST_FIRST = Comparator.comparing(Activation::activatedAt).reversed()
            .thenComparing(a -> a.id().toString());

    /** The office's activations, latest first. */
    Page<Activation> list(OfficeId office, PageRequest page);

    /** The office's activations not stood down, latest first. */
    List<Activation> open(OfficeId office);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ActivationLog {
        /** The store's records, read whole on each query. */
        RecordQueries<ActivationId, Activation> query();

        @Override
        default Page<Activation> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Activation> open(OfficeId office) {
            return query().list(office, Activation::open, LATEST_FIRST);
        }
    }
}
