package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link PerformanceLog} in memory. */
public final class InMemoryPerformanceLog extends InMemoryVersionedStore<IssueId, PerformanceIssue> implements PerformanceLog.Scanned {
    public InMemoryPerformanceLog() {
        super("guard-issue");
    }
}
