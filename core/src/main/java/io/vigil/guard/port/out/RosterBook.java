package io.vigil.guard.port.out;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the vendors' rosters. */
public interface RosterBook extends VersionedStore<RosterId, Roster> {
    /** The order of every query: latest period first, ties by id. */
    Comparator<Roster> LATEST_FIRST = Comparator.comparing(Roster::from).reversed().thenComparing(r -> r.id().toString());

    /** A page of the office's records, in the order of {@link #LATEST_FIRST}. */
    Page<Roster> list(OfficeId office, PageRequest page);

    /** The office's records of one contract, in the order of {@link #LATEST_FIRST}. */
    List<Roster> ofContract(OfficeId office, GuardContractId contract);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends RosterBook {
        /** The store's records, read whole on each query. */
        RecordQueries<RosterId, Roster> query();

        @Override
        default Page<Roster> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Roster> ofContract(OfficeId office, GuardContractId contract) {
            return query().list(office, r -> r.contract().equals(contract), LATEST_FIRST);
        }
    }
}
