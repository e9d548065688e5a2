package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Outbound port: the office's communication tests. */
public interface CommunicationTestRegistry extends VersionedStore<CommTestId, CommunicationTest> {
    /** The order of {@link #list}: latest started first, ties by id. */
    Comparator<CommunicationTest> LATEST_FIRST = Comparator.comparing(CommunicationTest::startedAt).reversed()
            .thenComparing(t -> t.id().toString());

    /**
     * The longest a test or roll-call stays open ({@link CommunicationTest#LONGEST_OPEN_MINUTES}, a
     * week, a bound of the record itself), so a roll-call open at an instant started at most this
     * long before it.
     */
    Duration LONGEST_OPEN = Duration.ofMinutes(CommunicationTest.LONGEST_OPEN_MINUTES);

    /** The office's tests, latest first. */
    Page<CommunicationTest> list(OfficeId office, PageRequest page);

    /**
     * The roll-calls of any of the offices open at the instant (started at or before it, closing after
     * it), {@link #LATEST_FIRST}: one read for all of them (the SOC's overview), of the tests started
     * within {@link #LONGEST_OPEN} before the instant.
     */
    List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends CommunicationTestRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<CommTestId, CommunicationTest> query();

        @Override
        default Page<CommunicationTest> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at) {
            Set<OfficeId> asked = Set.copyOf(offices);
            return query().anyOffice(t -> asked.contains(t.office()) && t.rollCall() && !t.startedAt().isAfter(at)
                    && t.closesAt().isAfter(at), LATEST_FIRST);
        }
    }
}
