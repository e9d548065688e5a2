package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.kernel.Require;
import io.vigil.kernel.time.TimeWindow;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A change to the on-call roster and what it leaves uncovered: the gaps from now on within a day
 * either side of the changed shift, each a warning the officer must see at once.
 *
 * @param shift the shift as stored; empty after a removal
 */
public record ShiftChange(Optional<OnCallShift> shift, List<TimeWindow> gaps) {
    public ShiftChange {
        Require.nonNull(shift, "shift");
        gaps = List.copyOf(gaps);
    }

    /** One sentence per gap. */
    public List<String> warnings() {
        return gaps.stream().map(g -> "nobody is on call from " + g.from() + " to " + g.to() + " ("
                + hours(Duration.between(g.from(), g.to())) + ")").toList();
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
