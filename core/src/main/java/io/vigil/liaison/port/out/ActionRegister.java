package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.MeetingId;
import java.util.List;
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
    }
}
