package io.vigil.kernel.audit;

import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.Comparator;

/** Outbound port: the append-only audit trail of reads and changes of personnel data. */
public interface AuditLog {

    /** The order of every answer: newest first, ties by id. */
    Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at).reversed()
            .thenComparing(e -> e.id().toString());

    /** Appends an entry; it must be durable when this returns. */
    void record(AuditEntry entry);

    /** The matching entries, newest first (ties by id). */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
