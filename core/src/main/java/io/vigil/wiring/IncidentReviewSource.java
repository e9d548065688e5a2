package io.vigil.wiring;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review's incident section: the incidents that occurred in the period and were recorded by
 * {@code asOf}, by category, against the period of the same length before (the trend), and a chart
 * of incidents by month (months of the office's zone).
 */
final class IncidentReviewSource implements ReviewSource {
    private final IncidentUseCases incident;

    IncidentReviewSource(IncidentUseCases incident) {
        this.incident = incident;
    }

    @Override
    public String key() {
        return "incidents";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<IncidentReport> all = Page.all(page -> incident.reports().list(reader, page));
        ReviewPeriod before = period.previous();
        List<IncidentReport> in = ReviewSources.bounded(in(all, period), "incidents");
        List<IncidentReport> earlier = ReviewSources.bounded(in(all, before), "incidents");
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("incidents", "Incidents", ids(in)));
        figures.add(Figure.count("previousPeriod", "Incidents in the period before", ids(earlier)));
        Map<String, List<IncidentReport>> byCategory = new TreeMap<>();
        in.forEach(r -> byCategory.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        byCategory.forEach((category, reports) -> figures.add(Figure.count("category." + category,
                "Category " + category, ids(reports))));
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from().atZone(period.zone()));
             !m.atDay(1).atStartOfDay(period.zone()).toInstant().isAfter(period.to().minusNanos(1));
             m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        in.forEach(r -> byMonth.merge(YearMonth.from(r.occurredAt().atZone(period.zone())), 1L, Long::sum));
        List<Chart.Bar> bars = byMonth.entrySet().stream().map(e -> new Chart.Bar(e.getKey().toString(),
                e.getValue())).toList();
        List<Finding> findings = in.stream().map(r -> new Finding(r.id().toString(), r.category() + " / "
                + r.subtype() + ": " + r.title(), List.of())).toList();
        int change = in.size() - earlier.size();
        String summary = in.size() + " incidents against " + earlier.size() + " in the period before ("
                + (change > 0 ? "up " + change : change < 0 ? "down " + -change : "the same") + ")";
        return new ReviewSection(key(), "Incidents", summary, figures,
                List.of(new Chart("incidentsByMonth", "Incidents by month", Figure.Unit.COUNT, bars)), findings);
    }

    private static List<IncidentReport> in(List<IncidentReport> all, ReviewPeriod period) {
        return all.stream().filter(r -> period.covers(r.occurredAt()) && period.recorded(r.recordedAt())).toList();
    }

    private static List<String> ids(List<IncidentReport> reports) {
        return reports.stream().map(r -> r.id().toString()).toList();
    }
}
