package io.vigil.awareness.domain;

import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule for a person's standing on a course: among their completions of it recorded by the
 * instant, the one valid longest counts (no expiry beats any expiry). None: missing. Lapsed at or
 * before the instant: expired. Lapsing within the largest warning: expiring, within the smallest
 * warning that still covers the days left. Otherwise: valid. The days left are counted on the
 * office's local calendar, from the local day of the instant to the local day of the expiry (an
 * expiry later the same local day has 0 days left, the next local day 1), so a warning of 30 days
 * starts on one local day for the whole office, whatever the hour.
 */
public final class TrainingStatus {
    private TrainingStatus() {
    }

    /**
     * The status on {@code course} from the person's completions (of any course; others are ignored),
     * the days left counted in the office's {@code zone}.
     */
    public static CourseStatus of(CourseId course, List<Completion> completions, Instant at, List<Integer> warningDays,
                                  ZoneId zone) {
        Optional<Completion> best = completions.stream()
                .filter(c -> c.course().equals(course) && !c.completedAt().isAfter(at))
                .max(Comparator.comparing((Completion c) -> c.validUntil().orElse(Instant.MAX))
                        .thenComparing(Completion::completedAt).thenComparing(c -> c.id().toString()));
        if (best.isEmpty()) {
            return new CourseStatus(course, CourseStatus.State.MISSING, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        Completion c = best.get();
        Optional<Instant> until = c.validUntil();
        if (until.isEmpty()) {
            return new CourseStatus(course, CourseStatus.State.VALID, Optional.of(c.id()), until, Optional.empty());
        }
        if (!until.get().isAfter(at)) {
            return new CourseStatus(course, CourseStatus.State.EXPIRED, Optional.of(c.id()), until, Optional.empty());
        }
        long left = ChronoUnit.DAYS.between(LocalTimes.day(at, zone), LocalTimes.day(until.get(), zone));
        Optional<Integer> band = warningDays.stream().filter(d -> left <= d).min(Comparator.naturalOrder());
        CourseStatus.State state = band.isPresent() ? CourseStatus.State.EXPIRING : CourseStatus.State.VALID;
        return new CourseStatus(course, state, Optional.of(c.id()), until, band);
    }
}
