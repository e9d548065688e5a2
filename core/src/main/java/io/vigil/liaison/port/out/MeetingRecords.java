package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeriesId;
import java.util.List;

/** Outbound port: the meetings held, with their minutes; every list latest first (ties by id). */
public interface MeetingRecords extends VersionedStore<MeetingId, Meeting> {

    /** A page of the office's records, latest first (ties by id). */
    Page<Meeting> list(OfficeId office, PageRequest page);

    /**
     * How many records the office holds: what a use case's limit check reads, so a SQL store
     * answers it with a count rather than reading every row.
     */
    default long count(OfficeId office) {
        return list(office, PageRequest.first(1)).total();
    }

    /** Every record of the office, latest first (ties by id). */
    default List<Meeting> all(OfficeId office) {
        return Page.all(page -> list(office, page));
    }

    /** The meetings of one series of the office, latest first (ties by id). */
    List<Meeting> ofSeries(OfficeId office, MeetingSeriesId series);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends MeetingRecords {
        /** The store's records, read whole on each query. */
        RecordQueries<MeetingId, Meeting> query();

        @Override
        default Page<Meeting> list(OfficeId office, PageRequest page) {
            return query().page(office, Meeting.LATEST_FIRST, page);
        }

        @Override
        default List<Meeting> all(OfficeId office) {
            return query().list(office, Meeting.LATEST_FIRST);
        }

        @Override
        default List<Meeting> ofSeries(OfficeId office, MeetingSeriesId series) {
            return query().list(office, x -> x.series().equals(series), Meeting.LATEST_FIRST);
        }
    }
}
