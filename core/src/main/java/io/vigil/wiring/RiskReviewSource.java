package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskUseCases;
import java.util.List;

/** The review's risk section: the approved assessments whose review had fallen due by {@code asOf}. */
final class RiskReviewSource implements ReviewSource {
    private final RiskUseCases risk;

    RiskReviewSource(RiskUseCases risk) {
        this.risk = risk;
    }

    @Override
    public String key() {
        return "risk";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<SecurityAssessment> due = ReviewSources.bounded(risk.assessments().reviewsDue(reader, period.asOf()),
                "assessments");
        List<Finding> details = due.stream().map(a -> new Finding(a.id().toString(), a.title() + ": review due "
                + a.reviewDue(), List.of())).toList();
        return new ReviewSection(key(), "Security risk assessments", due.size()
                + " approved assessments overdue for review", List.of(Figure.count("reviewsOverdue",
                "Approved assessments overdue for review", due.stream().map(a -> a.id().toString()).toList())),
                List.of(), details);
    }
}
