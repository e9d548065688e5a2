package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's on-call shifts. */
public interface OnCallRoster extends VersionedStore<ShiftId, OnCallShift> {
    /** The order of {@link #overlapping}: by start, ties by id. */
    Comparator<OnCallShift> BY_START = Comparator.comparing(OnCallShift::from).thenComparing(s -> s.id().toString());


    /** The office's shifts that share time with [from, to), by start (ties by id). */
    List<OnCallShift> overlapping(OfficeId office, Instant from, Instant to);

    /** The office's shifts covering the instant, by start: who is on call then. */
    default List<OnCallShift> coveringAt(OfficeId office, Instant at) {
        return overlapping(office, at, at.plusNanos(1)).stream().filter(s -> s.covers(at)).toList();
    }

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends OnCallRoster {
        /** The store's records, read whole on each query. */
        RecordQueries<ShiftId, OnCallShift> query();

        @Override
        default List<OnCallShift> overlapping(OfficeId office, Instant from, Instant to) {
            return query().list(office, s -> s.from().isBefore(to) && s.to().isAfter(from), BY_START);
        }
    }
}
