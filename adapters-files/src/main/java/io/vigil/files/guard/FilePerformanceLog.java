package io.vigil.files.guard;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.port.out.PerformanceLog;

/** {@link PerformanceLog} on JSON files. */
final class FilePerformanceLog extends FileVersionedStore<IssueId, PerformanceIssue> implements PerformanceLog.Scanned {
    FilePerformanceLog(JsonDirectory<PerformanceIssue> files) {
        super(files, "guard-issue");
    }
}
