package io.vigil.awareness.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The rule for on-arrival briefings: a person present at the instant whose latest arrival lies
 * within the look-back ({@link #LOOK_BACK}) needs an {@link BriefingKind#ON_ARRIVAL} briefing
 * attended at or after that arrival and by the instant. It is due {@code days} after the arrival,
 * and overdue once that has passed.
 */
public final class ArrivalBriefings {
    /** Arrivals longer ago than this are past the on-arrival briefing (residents of long standing). */
    public static final Duration LOOK_BACK = Duration.ofDays(180);

    private ArrivalBriefings() {
    }

    /** The briefings still needed, overdue first, then by due date and person. */
    public static List<ArrivalBriefing> open(List<Arrival> arrivals, List<Briefing> briefings, Instant at, int days) {
        return arrivals.stream()
                .filter(a -> a.presentAt(at) && !a.arrival().isBefore(at.minus(LOOK_BACK)))
                .filter(a -> briefings.stream().noneMatch(b -> b.kind() == BriefingKind.ON_ARRIVAL
                        && b.attendedBy(a.person()) && !b.at().isBefore(a.arrival()) && !b.at().isAfter(at)))
                .map(a -> {
                    Instant due = a.arrival().plus(Duration.ofDays(days));
                    return new ArrivalBriefing(a.person(), a.arrival(), due, at.isAfter(due));
                })
                .sorted(Comparator.comparing((ArrivalBriefing b) -> !b.overdue()).thenComparing(ArrivalBriefing::due)
                        .thenComparing(b -> b.person().toString()))
                .toList();
    }
}
