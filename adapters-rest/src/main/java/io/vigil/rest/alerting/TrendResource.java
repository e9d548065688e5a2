package io.vigil.rest.alerting;

import io.vigil.alerting.port.in.Trend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The trend of an office's tests and roll-calls as the API shows it; durations in whole seconds. */
public record TrendResource(Instant from, Instant to, int tests, int targetsMet, Double meanResponseRate,
                            Trend.Direction direction, String summary, List<Point> points) {

    /** One test or roll-call. */
    public record Point(String id, String title, boolean rollCall, Instant startedAt, int audience,
                        double responseRate, Long secondsTo90, boolean targetMet) {
    }

    public static TrendResource from(Trend t) {
        return new TrendResource(t.period().from(), t.period().to(), t.points().size(), t.targetsMet(),
                t.meanResponseRate().orElse(null), t.direction(), t.summary(), t.points().stream()
                .map(p -> new Point(p.id().toString(), p.title(), p.rollCall(), p.startedAt(), p.audience(),
                        p.responseRate(), p.timeTo90().map(Duration::getSeconds).orElse(null), p.targetMet()))
                .toList());
    }
}
