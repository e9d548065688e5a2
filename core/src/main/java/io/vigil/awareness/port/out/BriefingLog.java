package io.vigil.awareness.port.out;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the briefings the office has held, with their attendance. */
public interface BriefingLog extends VersionedStore<BriefingId, Briefing> {
    /** The order of every query: latest first, ties by id. */
    Comparator<Briefing> LATEST_FIRST = Comparator.comparing(Briefing::at).reversed()
            .thenComparing(b -> b.id().toString());

    /** The office's briefings, latest first. */
    Page<Briefing> list(OfficeId office, PageRequest page);

    /** The office's briefings held at or after {@code from}, latest first. */
    List<Briefing> since(OfficeId office, Instant from);

    /** The office's briefings the person attended, latest first. */
    List<Briefing> attendedBy(OfficeId office, PersonId person);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends BriefingLog {
        /** The store's records, read whole on each query. */
        RecordQueries<BriefingId, Briefing> query();

        @Override
        default Page<Briefing> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Briefing> since(OfficeId office, Instant from) {
            return query().list(office, b -> !b.at().isBefore(from), LATEST_FIRST);
        }

        @Override
        default List<Briefing> attendedBy(OfficeId office, PersonId person) {
            return query().list(office, b -> b.attendedBy(person), LATEST_FIRST);
        }
    }
}
