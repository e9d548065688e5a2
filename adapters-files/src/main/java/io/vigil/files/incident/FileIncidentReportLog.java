package io.vigil.files.incident;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.out.IncidentReportLog;

/** {@link IncidentReportLog} on JSON files. */
final class FileIncidentReportLog extends FileVersionedStore<IncidentReportId, IncidentReport> implements IncidentReportLog.Scanned {
    FileIncidentReportLog(JsonDirectory<IncidentReport> files) {
        super(files, "incident-report");
    }
}
