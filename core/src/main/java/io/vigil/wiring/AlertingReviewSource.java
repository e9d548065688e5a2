package io.vigil.wiring;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.Trend;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The review's communication section: the tests and roll-calls started in the period, how many met
 * their target, the mean response rate and its direction (the alerting context's trend), and a chart
 * of each one's response rate (the latest {@link Chart#MAX_BARS} of them); and the security advisories
 * issued in the period (an advisory counts by the start of its validity, {@code validFrom}: the
 * advisory records no other time of issue; one withdrawn since is gone from the record), by severity
 * ({@code advisories.<SEVERITY>}, every severity, zero included).
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
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count("tests", "Communication tests", ids(points.stream().filter(p -> !p.rollCall()).toList())),
                Figure.count("rollCalls", "Roll-calls", ids(points.stream().filter(Trend.Point::rollCall).toList())),
                Figure.count("targetsMet", "Met their target", ids(points.stream().filter(Trend.Point::targetMet)
                        .toList())),
                Figure.count("targetsMissed", "Missed their target", ids(points.stream()
                        .filter(p -> !p.targetMet()).toList())),
                new Figure("meanResponseRate", "Mean response rate",
                        trend.meanResponseRate().map(r -> Math.round(r * 100)).orElse(0L), Figure.Unit.PERCENT, all)));
        List<Advisory> advisories = ReviewSources.bounded(Page.all(page -> alerting.advisories().list(reader, page))
                .stream().filter(a -> period.covers(a.validFrom())).toList(), "advisories");
        figures.add(Figure.count("advisories", "Security advisories issued", advisories.stream()
                .map(a -> a.id().toString()).toList()));
        for (Severity severity : Severity.values()) {
            figures.add(Figure.count("advisories." + severity, "Advisories of severity "
                    + severity.name().toLowerCase(Locale.ROOT), advisories.stream().filter(a -> a.severity() == severity)
                    .map(a -> a.id().toString()).toList()));
        }
        List<Trend.Point> charted = points.subList(Math.max(0, points.size() - Chart.MAX_BARS), points.size());
        List<Chart.Bar> bars = charted.stream().map(p -> new Chart.Bar(period.day(p.startedAt())
                + (p.rollCall() ? " roll-call" : " test"), Math.round(p.responseRate() * 100))).toList();
        List<Finding> missed = points.stream().filter(p -> !p.targetMet())
                .map(p -> new Finding(p.id().toString(), p.title() + " (" + period.day(p.startedAt())
                        + "): " + Math.round(p.responseRate() * 100) + " % answered, target missed", List.of()))
                .toList();
        String summary = trend.summary() + (trend.direction() == Trend.Direction.TOO_FEW ? ""
                : " (" + trend.direction().name().toLowerCase(Locale.ROOT) + ")") + "; " + advisories.size()
                + " advisories issued";
        return new ReviewSection(key(), "Communication tests, roll-calls and advisories", summary, figures,
                List.of(new Chart("responseRates", "Response rate of each test and roll-call"
                        + (charted.size() < points.size() ? " (the latest " + Chart.MAX_BARS + ")" : ""),
                        Figure.Unit.PERCENT, bars)), missed);
    }

    private static List<String> ids(List<Trend.Point> points) {
        return points.stream().map(p -> p.id().toString()).toList();
    }
}
