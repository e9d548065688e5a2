package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link PerformanceLog} on JDBC. */
final class JdbcPerformanceLog extends JdbcVersionedStore<IssueId, PerformanceIssue> implements PerformanceLog {
    JdbcPerformanceLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, PerformanceIssue.class, "guard_issue", "guard-issue", List.of("contract_id", "issue_day"), List.of());
    }

    @Override
    protected Object[] columnValues(PerformanceIssue c) {
        return new Object[] {c.contract().toString(), c.date().toString()};
    }

    @Override
    public Page<PerformanceIssue> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "issue_day DESC, id", page, office.value());
    }

    @Override
    public List<PerformanceIssue> ofContract(OfficeId office, GuardContractId contract) {
        return bodies("SELECT body FROM guard_issue WHERE office_id = ? AND contract_id = ?", office.value(),
                contract.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
