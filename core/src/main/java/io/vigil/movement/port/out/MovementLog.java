package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outbound port: the office's high-risk movement plans with their logs. */
public interface MovementLog extends VersionedStore<MovementId, Movement> {
    /** The order of the list: latest departure first, ties by id. */
    Comparator<Movement> LATEST_FIRST = Comparator.comparing(Movement::departure).reversed()
            .thenComparing(m -> m.id().toString());
    /** The order of the movements tracked: earliest departure first, ties by id. */
    Comparator<Movement> EARLIEST_FIRST = Comparator.comparing(Movement::departure)
            .thenComparing(m -> m.id().toString());

    /** The office's movements, latest departure first. */
    Page<Movement> list(OfficeId office, PageRequest page);

    /** The office's movements whose arrival is not recorded (planned or under way), earliest departure first. */
    List<Movement> tracked(OfficeId office);

    /**
     * For each of the offices, how many of its movements are overdue at the instant
     * ({@link Movement#statusAt} is {@link io.vigil.movement.domain.MovementStatus#OVERDUE}: departed, not
     * arrived, and past the deadline of its last call-in): one read for all of them (the SOC's overview),
     * of the movements still tracked. An office with none is left out.
     */
    Map<OfficeId, Integer> overdueCounts(Collection<OfficeId> offices, Instant at);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends MovementLog {
        /** The store's records, read whole on each query. */
        RecordQueries<MovementId, Movement> query();

        @Override
        default Page<Movement> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Movement> tracked(OfficeId office) {
            return query().list(office, m -> m.arrivedAt().isEmpty(), EARLIEST_FIRST);
        }

        @Override
        default Map<OfficeId, Integer> overdueCounts(Collection<OfficeId> offices, Instant at) {
            Set<OfficeId> asked = Set.copyOf(offices);
            Map<OfficeId, Integer> counts = new HashMap<>();
            query().anyOffice(m -> asked.contains(m.office()) && m.statusAt(at) == MovementStatus.OVERDUE,
                    EARLIEST_FIRST).forEach(m -> counts.merge(m.office(), 1, Integer::sum));
            return counts;
        }
    }
}
