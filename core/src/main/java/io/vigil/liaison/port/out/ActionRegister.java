package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.MeetingId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outbound port: the action items of meetings and the associates' tasks; every list by opening (ties by id). */
public interface ActionRegister extends VersionedStore<ActionItemId, ActionItem> {

    /** A page of the office's records, by opening (ties by id). */
    Page<ActionItem> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, by opening (ties by id). */
    default List<ActionItem> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** The items raised at one meeting of the office, by opening (ties by id). */
    List<ActionItem> ofMeeting(OfficeId office, MeetingId meeting);

    /**
     * For each office given with its local day, how many of its items are overdue on that day: still
     * to be done ({@link io.vigil.liaison.domain.ActionStatus#open}) and due before it. One read for
     * all of them (the SOC's overview); an office with none is left out.
     */
    Map<OfficeId, Integer> overdueCounts(Map<OfficeId, LocalDate> today);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends ActionRegister {
        /** The store's records, read whole on each query. */
        RecordQueries<ActionItemId, ActionItem> query();

        @Override
        default Page<ActionItem> list(OfficeId office, PageRequest page) {
            return query().page(office, ActionItem.BY_OPENING, page);
        }

        @Override
        default List<ActionItem> all(OfficeId office) {
            return query().list(office, ActionItem.BY_OPENING);
        }

        @Override
        default List<ActionItem> ofMeeting(OfficeId office, MeetingId meeting) {
            return query().list(office, x -> x.meeting().equals(Optional.of(meeting)), ActionItem.BY_OPENING);
        }

        @Override
        default Map<OfficeId, Integer> overdueCounts(Map<OfficeId, LocalDate> today) {
            Map<OfficeId, Integer> counts = new HashMap<>();
            query().anyOffice(a -> today.containsKey(a.office()) && a.status().open()
                    && a.due().isBefore(today.get(a.office())), ActionItem.BY_OPENING)
                    .forEach(a -> counts.merge(a.office(), 1, Integer::sum));
            return counts;
        }
    }
}
