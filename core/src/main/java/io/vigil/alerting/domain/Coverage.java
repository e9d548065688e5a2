package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The on-call roster over a period: its shifts and every gap in which nobody is on call, each
 * gap a warning the officer must see.
 */
public record Coverage(TimeWindow period, List<OnCallShift> shifts, List<TimeWindow> gaps) {
    public Coverage {
        Require.nonNull(period, "period");
        shifts = List.copyOf(shifts);
        gaps = List.copyOf(gaps);
    }

    /** The coverage of {@code period} by {@code shifts} (which may overlap, or fall partly outside). */
    public static Coverage of(TimeWindow period, List<OnCallShift> shifts) {
        List<OnCallShift> sorted = shifts.stream().filter(s -> s.to().isAfter(period.from())
                        && s.from().isBefore(period.to()))
                .sorted(Comparator.comparing(OnCallShift::from).thenComparing(s -> s.id().toString())).toList();
        List<TimeWindow> gaps = new ArrayList<>();
        Instant covered = period.from();
        for (OnCallShift s : sorted) {
            if (s.from().isAfter(covered)) {
                gaps.add(new TimeWindow(covered, s.from()));
            }
            if (s.to().isAfter(covered)) {
                covered = s.to();
            }
        }
        if (covered.isBefore(period.to())) {
            gaps.add(new TimeWindow(covered, period.to()));
        }
        return new Coverage(period, sorted, gaps);
    }

    /** One sentence per gap. */
    public List<String> warnings() {
        return gaps.stream().map(g -> "nobody is on call from " + g.from() + " to " + g.to()).toList();
    }
}
