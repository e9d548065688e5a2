package io.vigil.files.audit;

import io.vigil.files.JsonDirectory;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/** {@link AuditLog} on JSON files, one file per entry. */
final class FileAuditLog implements AuditLog {
    private final JsonDirectory<AuditEntry> files;

    FileAuditLog(JsonDirectory<AuditEntry> files) {
        this.files = files;
    }

    @Override
    public void record(AuditEntry entry) {
        files.put(entry);
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        return Page.of(files.stream().filter(query::matches).sorted(NEWEST_FIRST).toList(), page);
    }
}
