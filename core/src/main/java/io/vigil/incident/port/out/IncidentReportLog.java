package io.vigil.incident.port.out;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's incident reports. */
public interface IncidentReportLog extends VersionedStore<IncidentReportId, IncidentReport> {
    /** The order of every query: latest {@code occurredAt} first, ties by id. */
    Comparator<IncidentReport> LATEST_FIRST = Comparator.comparing(IncidentReport::occurredAt).reversed()
            .thenComparing(i -> i.id().toString());

    /** The office's reports, latest first. */
    Page<IncidentReport> list(OfficeId office, PageRequest page);

    /** The office's reports that happened at or after {@code from} and before {@code until}, latest first. */
    List<IncidentReport> between(OfficeId office, Instant from, Instant until);

    /** The office's open reports, latest first. */
    List<IncidentReport> open(OfficeId office);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends IncidentReportLog {
        /** The store's records, read whole on each query. */
        RecordQueries<IncidentReportId, IncidentReport> query();

        @Override
        default Page<IncidentReport> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<IncidentReport> between(OfficeId office, Instant from, Instant until) {
            return query().list(office, i -> !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(until),
                    LATEST_FIRST);
        }

        @Override
        default List<IncidentReport> open(OfficeId office) {
            return query().list(office, i -> i.status() == ReportStatus.OPEN, LATEST_FIRST);
        }
    }
}
