package io.vigil.rest.guard;

import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.rest.resource.Identified;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A performance issue as the API shows it. */
public record IssueResource(String id, String office, long version, String contract, IssueType type, String post,
                            LocalDate date, BigDecimal hours, Optional<String> badge, Evidence evidence,
                            String description, String recordedBy, Instant recordedAt) implements Identified {

    /** The resource of an issue. */
    public static IssueResource from(PerformanceIssue i) {
        return new IssueResource(i.id().toString(), i.office().value(), i.version(), i.contract().toString(), i.type(),
                i.post(), i.date(), i.hours(), i.badge(), i.evidence(), i.description(), i.recordedBy(), i.recordedAt());
    }
}
