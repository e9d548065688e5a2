package io.vigil.jdbc.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * {@link IncidentReportLog} on JDBC. Timestamp columns hold microseconds, so the query between two
 * instants selects with a millisecond of slack and applies the exact rule to the loaded reports.
 */
final class JdbcIncidentReportLog extends JdbcVersionedStore<IncidentReportId, IncidentReport>
        implements IncidentReportLog {

    JdbcIncidentReportLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, IncidentReport.class, "incident_report", "incident-report",
                List.of("occurred_at", "status"), List.of());
    }

    @Override
    protected Object[] columnValues(IncidentReport r) {
        return new Object[] {Jdbc.timestamp(r.occurredAt()), r.status().name()};
    }

    @Override
    public Page<IncidentReport> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "occurred_at DESC, id", page, office.value());
    }

    @Override
    public List<IncidentReport> between(OfficeId office, Instant from, Instant until) {
        return bodies("SELECT body FROM incident_report WHERE office_id = ? AND occurred_at >= ? AND occurred_at < ?",
                office.value(), Jdbc.timestamp(from.minusMillis(1)), Jdbc.timestamp(until.plusMillis(1))).stream()
                .filter(r -> !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(until))
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<IncidentReport> open(OfficeId office) {
        return bodies("SELECT body FROM incident_report WHERE office_id = ? AND status = 'OPEN'", office.value())
                .stream().sorted(LATEST_FIRST).toList();
    }
}
