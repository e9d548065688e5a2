package io.vigil.travel.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's travel clearances, with every decision on each. */
public interface ClearanceRegistry extends VersionedStore<ClearanceId, Clearance> {
    /** The order of every query: latest submitted first, ties by id. */
    Comparator<Clearance> LATEST_FIRST = Comparator.comparing((Clearance c) -> c.trip().submittedAt()).reversed()
            .thenComparing(c -> c.id().toString());

    /** The office's clearances, latest submitted first. */
    Page<Clearance> list(OfficeId office, PageRequest page);

    /** The office's clearances on which the person travels, latest submitted first. */
    List<Clearance> ofTraveller(OfficeId office, PersonId person);

    /** The office's clearances whose trip ends (last arrival) after the instant, latest submitted first. */
    List<Clearance> endingAfter(OfficeId office, Instant at);

    /** The office's clearances submitted from {@code from} (included) to {@code to} (excluded), latest first. */
    List<Clearance> submittedBetween(OfficeId office, Instant from, Instant to);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ClearanceRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<ClearanceId, Clearance> query();

        @Override
        default Page<Clearance> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Clearance> ofTraveller(OfficeId office, PersonId person) {
            return query().list(office, c -> c.travelling(person), LATEST_FIRST);
        }

        @Override
        default List<Clearance> endingAfter(OfficeId office, Instant at) {
            return query().list(office, c -> c.trip().lastArrival().isAfter(at), LATEST_FIRST);
        }

        @Override
        default List<Clearance> submittedBetween(OfficeId office, Instant from, Instant to) {
            return query().list(office, c -> !c.trip().submittedAt().isBefore(from)
                    && c.trip().submittedAt().isBefore(to), LATEST_FIRST);
        }
    }
}
