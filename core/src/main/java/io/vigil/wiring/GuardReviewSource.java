package io.vigil.wiring;

import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.List;

/** The review's guard-force section: the contracts whose performance review was overdue on the day of {@code asOf}. */
final class GuardReviewSource implements ReviewSource {
    private final GuardUseCases guard;

    GuardReviewSource(GuardUseCases guard) {
        this.guard = guard;
    }

    @Override
    public String key() {
        return "guardForce";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<PerformanceReviewDue> due = ReviewSources.bounded(guard.reviews().overdue(reader,
                period.day(period.asOf())), "contracts");
        List<Finding> details = due.stream().map(d -> new Finding(d.contract().toString(), d.reference()
                + ": performance review due " + d.due(), List.of())).toList();
        return new ReviewSection(key(), "Guard force", due.size() + " contracts overdue for a performance review",
                List.of(Figure.count("performanceReviewsOverdue", "Contracts overdue for a performance review",
                        due.stream().map(d -> d.contract().toString()).toList())), List.of(), details);
    }
}
