package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link PerformanceReviewBook} on JDBC (table {@code guard_review}, migration V16_1). */
final class JdbcPerformanceReviewBook extends JdbcVersionedStore<PerformanceReviewId, PerformanceReview>
        implements PerformanceReviewBook {

    JdbcPerformanceReviewBook(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, PerformanceReview.class, "guard_review", "guard-review", List.of("contract_id", "to_key"),
                List.of());
    }

    @Override
    protected Object[] columnValues(PerformanceReview r) {
        return new Object[] {r.contract().toString(), r.to().toString()};
    }

    @Override
    public Page<PerformanceReview> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "to_key DESC, id", page, office.value());
    }

    @Override
    public List<PerformanceReview> ofContract(OfficeId office, GuardContractId contract) {
        return bodies("SELECT body FROM guard_review WHERE office_id = ? AND contract_id = ?", office.value(),
                contract.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
