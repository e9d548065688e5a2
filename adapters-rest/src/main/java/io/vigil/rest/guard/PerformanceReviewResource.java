package io.vigil.rest.guard;

import io.vigil.guard.domain.ExtensionDecision;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewInspection;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.rest.resource.Identified;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A periodic performance review as the API shows it: the evidence gathered, the vendor's response and the decision. */
public record PerformanceReviewResource(String id, String office, long version, String contract, LocalDate from,
                                        LocalDate to, List<PerformanceReviewIssue> issues,
                                        List<PerformanceReviewInspection> inspections, BigDecimal deducted,
                                        Optional<String> vendorResponse, ExtensionDecision decision,
                                        List<String> reasons, String reviewer, Instant reviewedAt)
        implements Identified {

    /** The resource of a review. */
    public static PerformanceReviewResource from(PerformanceReview r) {
        return new PerformanceReviewResource(r.id().toString(), r.office().value(), r.version(),
                r.contract().toString(), r.from(), r.to(), r.issues(), r.inspections(), r.deducted(),
                r.vendorResponse(), r.decision(), r.reasons(), r.reviewer(), r.reviewedAt());
    }
}
