package io.vigil.benchmarks;

import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts audit entries instead of keeping them, so millions of benchmark queries do not fill
 * the heap with their audit trail; the entry is still built, only not stored.
 */
final class CountingAuditLog implements AuditLog {
    private final LongAdder recorded = new LongAdder();

    @Override
    public void record(AuditEntry entry) {
        recorded.increment();
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        return new Page<>(List.of(), 0, page.offset(), page.limit());
    }

    long recorded() {
        return recorded.sum();
    }
}
