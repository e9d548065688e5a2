package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.Verdict;
import io.vigil.travel.port.in.TravelUseCases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The review's clearance section: the clearances submitted in the period, what the rules decided on
 * submission, what a person decided by {@code asOf} (approved, denied) and how long a person took to
 * decide (the median and the longest, in whole hours, rounded half up). A clearance still waiting
 * is one that needed approval on submission and no person had decided by {@code asOf}.
 */
final class TravelReviewSource implements ReviewSource {
    private final TravelUseCases travel;

    TravelReviewSource(TravelUseCases travel) {
        this.travel = travel;
    }

    @Override
    public String key() {
        return "clearances";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<Clearance> in = ReviewSources.bounded(Page.all(page -> travel.clearances().list(reader, page)).stream()
                .filter(c -> period.covers(c.trip().submittedAt())).toList(), "clearances");
        List<Clearance> needed = rules(in, Verdict.NEEDS_APPROVAL);
        List<Clearance> decided = in.stream().filter(c -> decision(c, period).isPresent()).toList();
        List<Long> minutes = decided.stream().map(c -> Duration.between(c.trip().submittedAt(),
                decision(c, period).orElseThrow().at()).toMinutes()).sorted().toList();
        List<Figure> figures = List.of(
                Figure.count("submitted", "Clearances submitted", ids(in)),
                Figure.count("autoApproved", "Approved by the rules on submission", ids(rules(in, Verdict.AUTO_APPROVED))),
                Figure.count("neededApproval", "Needed a person's approval", ids(needed)),
                Figure.count("deniedByRules", "Denied by the rules on submission", ids(rules(in, Verdict.DENIED))),
                Figure.count("approvedByPerson", "Approved by a person", ids(decided(decided, period,
                        ManualDecision.Action.APPROVED))),
                Figure.count("deniedByPerson", "Denied by a person", ids(decided(decided, period,
                        ManualDecision.Action.DENIED))),
                Figure.count("waiting", "Still waiting for a person's decision", ids(needed.stream()
                        .filter(c -> decision(c, period).isEmpty()).toList())),
                new Figure("medianHoursToDecision", "Median time to a person's decision", hours(median(minutes)),
                        Figure.Unit.HOURS, ids(decided)),
                new Figure("longestHoursToDecision", "Longest time to a person's decision",
                        hours(minutes.isEmpty() ? 0 : minutes.get(minutes.size() - 1)), Figure.Unit.HOURS,
                        ids(decided)));
        String summary = in.size() + " clearances submitted, " + decided.size() + " decided by a person"
                + (decided.isEmpty() ? "" : ", in a median of " + hours(median(minutes)) + " h");
        return new ReviewSection(key(), "Travel clearances", summary, figures, List.of(), List.of());
    }

    /** A person's first approval or denial recorded by {@code asOf}. */
    static Optional<ManualDecision> decision(Clearance c, ReviewPeriod period) {
        return c.manual().stream().filter(m -> m.action() != ManualDecision.Action.ESCALATED)
                .filter(m -> period.recorded(m.at())).findFirst();
    }

    private static List<Clearance> decided(List<Clearance> decided, ReviewPeriod period, ManualDecision.Action action) {
        return decided.stream().filter(c -> decision(c, period).orElseThrow().action() == action).toList();
    }

    private static List<Clearance> rules(List<Clearance> in, Verdict verdict) {
        return in.stream().filter(c -> c.decisions().get(0).verdict() == verdict).toList();
    }

    /** The median of sorted minutes (the mean of the two middle ones for an even count), 0 when none. */
    private static double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static long hours(double minutes) {
        return Math.round(minutes / 60.0);
    }

    private static List<String> ids(List<Clearance> clearances) {
        return clearances.stream().map(c -> c.id().toString()).toList();
    }

    static Instant submitted(Clearance c) {
        return c.trip().submittedAt();
    }
}
