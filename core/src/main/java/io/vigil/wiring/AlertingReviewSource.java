package io.vigil.wiring;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.Trend;
import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.List;

/**
 * The review's communication section: the tests and roll-calls started in the period, how many met
 * their target, the mean response rate and its direction (the alerting context's trend), and a chart
 * of each one's response rate (the latest {@link Chart#MAX_BARS} of them).
 */
final class AlertingReviewSource implements ReviewSource {
    private final AlertingUseCases alerting;

    AlertingReviewSource(AlertingUseCases alerting) {
        this.alerting = alerting;
    }

    @Override
    public String key() {
        return "communication";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        Trend trend = alerting.tests().trend(reader, period.from(), period.to());
        List<Trend.Point> points = ReviewSources.bounded(trend.points(), "communication tests");
        List<String> all = points.stream().map(p -> p.id().toString()).toList();
        List<Figure> figures = List.of(
                Figure.count("tests", "Communication tests", ids(points.stream().filter(p -> !p.rollCall()).toList())),
                Figure.count("rollCalls", "Roll-calls", ids(points.stream().filter(Trend.Point::rollCall).toList())),
                Figure.count("targetsMet", "Met their target", ids(points.stream().filter(Trend.Point::targetMet)
                        .toList())),
                Figure.count("targetsMissed", "Missed their target", ids(points.stream()
                        .filter(p -> !p.targetMet()).toList())),
                new Figure("meanResponseRate", "Mean response rate",
                        trend.meanResponseRate().map(r -> Math.round(r * 100)).orElse(0L), Figure.Unit.PERCENT, all));
        List<Trend.Point> charted = points.subList(Math.max(0, points.size() - Chart.MAX_BARS), points.size());
        List<Chart.Bar> bars = charted.stream().map(p -> new Chart.Bar(period.day(p.startedAt())
                + (p.rollCall() ? " roll-call" : " test"), Math.round(p.responseRate() * 100))).toList();
        List<Finding> missed = points.stream().filter(p -> !p.targetMet())
                .map(p -> new Finding(p.id().toString(), p.title() + " (" + period.day(p.startedAt())
                        + "): " + Math.round(p.responseRate() * 100) + " % answered, target missed", List.of()))
                .toList();
        String summary = trend.summary() + (trend.direction() == Trend.Direction.TOO_FEW ? ""
                : " (" + trend.direction().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return new ReviewSection(key(), "Communication tests and roll-calls", summary, figures,
                List.of(new Chart("responseRates", "Response rate of each test and roll-call"
                        + (charted.size() < points.size() ? " (the latest " + Chart.MAX_BARS + ")" : ""),
                        Figure.Unit.PERCENT, bars)), missed);
    }

    private static List<String> ids(List<Trend.Point> points) {
        return points.stream().map(p -> p.id().toString()).toList();
    }
}
