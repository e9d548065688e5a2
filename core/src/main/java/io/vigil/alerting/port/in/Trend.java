package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.kernel.Require;
import io.vigil.kernel.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an office's communication tests and roll-calls went over a period, oldest first, and which
 * way it is heading: the later half's mean response rate against the earlier half's (five points
 * either way is a change; fewer than four tests is too few to tell).
 */
public record Trend(TimeWindow period, List<Point> points, int targetsMet, Optional<Double> meanResponseRate,
                    Direction direction, String summary) {
    public Trend {
        Require.nonNull(period, "period");
        points = List.copyOf(points);
        Require.nonNull(meanResponseRate, "meanResponseRate");
        Require.nonNull(direction, "direction");
    }

    /** Which way response rates are heading. */
    public enum Direction { IMPROVING, STEADY, WORSENING, TOO_FEW }

    /** One test or roll-call: when, how many answered in time, how fast, and whether it met its target. */
    public record Point(CommTestId id, String title, boolean rollCall, Instant startedAt, int audience,
                        double responseRate, Optional<Duration> timeTo90, boolean targetMet) {
    }

    /** The trend of the points, which must be oldest first. */
    public static Trend of(TimeWindow period, List<Point> points) {
        int met = (int) points.stream().filter(Point::targetMet).count();
        Optional<Double> mean = mean(points);
        Direction direction = Direction.TOO_FEW;
        String change = "too few tests to tell a direction";
        if (points.size() >= 4) {
            int half = points.size() / 2;
            double earlier = mean(points.subList(0, half)).orElseThrow();
            double later = mean(points.subList(points.size() - half, points.size())).orElseThrow();
            double delta = (later - earlier) * 100;
            direction = delta >= 5 ? Direction.IMPROVING : delta <= -5 ? Direction.WORSENING : Direction.STEADY;
            change = String.format(Locale.ROOT, "response rate %s: %.0f %% in the later %d against %.0f %%"
                    + " in the earlier %d", direction.name().toLowerCase(Locale.ROOT), later * 100, half,
                    earlier * 100, half);
        }
        String summary = points.size() + " tests, " + met + " met their target; " + change;
        return new Trend(period, points, met, mean, direction, summary);
    }

    private static Optional<Double> mean(List<Point> points) {
        return points.isEmpty() ? Optional.empty()
                : Optional.of(points.stream().mapToDouble(Point::responseRate).average().orElseThrow());
    }
}
