package io.vigil.testkit.memory.audit;

import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link AuditLog} in memory. */
public final class InMemoryAuditLog implements AuditLog {
    /** The order of every answer, {@link AuditLog#NEWEST_FIRST}. */
    public static final Comparator<AuditEntry> NEWEST_FIRST = AuditLog.NEWEST_FIRST;

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        return Page.of(entries.stream().filter(query::matches).sorted(AuditLog.NEWEST_FIRST).toList(), page);
    }

    /** Every entry, in the order recorded. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
