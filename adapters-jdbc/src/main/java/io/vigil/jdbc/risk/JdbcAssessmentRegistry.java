package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import java.time.Instant;
import java.util.List;

/**
 * {@link AssessmentRegistry} on JDBC. Timestamp columns hold microseconds, so the review query
 * selects with a millisecond of slack and applies the exact rule to the loaded aggregates.
 */
final class JdbcAssessmentRegistry extends JdbcVersionedStore<AssessmentId, SecurityAssessment>
        implements AssessmentRegistry {

    JdbcAssessmentRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, SecurityAssessment.class, "security_assessment", "assessment",
                List.of("status", "valid_from", "review_due"), List.of());
    }

    @Override
    protected Object[] columnValues(SecurityAssessment a) {
        return new Object[] {a.status().name(), Jdbc.timestamp(a.validFrom()), Jdbc.timestamp(a.reviewDue())};
    }

    @Override
    public Page<SecurityAssessment> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "valid_from DESC, id", page, office.value());
    }

    @Override
    public List<SecurityAssessment> reviewsDue(OfficeId office, Instant at) {
        return bodies("SELECT body FROM security_assessment WHERE office_id = ? AND status = ? AND review_due <= ?"
                        + " ORDER BY review_due, id", office.value(), AssessmentStatus.APPROVED.name(),
                Jdbc.timestamp(at.plusMillis(1))).stream().filter(a -> a.reviewOverdue(at)).toList();
    }
}
