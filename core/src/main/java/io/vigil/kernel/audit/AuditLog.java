package io.vigil.kernel.audit;

import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/** Outbound port: the append-only audit trail of reads and changes of personnel data. */
public interface AuditLog {

    /** Appends an entry; it must be durable when this returns. */
    void record(AuditEntry entry);

    /** The matching entries, newest first (ties by id). */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
