package io.vigil.awareness.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule for a person's standing on a course: among their completions of it recorded by the
 * instant, the one valid longest counts (no expiry beats any expiry). None: missing. Lapsed at or
 * before the instant: expired. Lapsing within the largest warning: expiring, within the smallest
 * warning that still covers the time left. Otherwise: valid.
 */
public final class TrainingStatus {
    private TrainingStatus() {
    }

    /** The status on {@code course} from the person's completions (of any course; others are ignored). */
    public static CourseStatus of(CourseId course, List<Completion> completions, Instant at, List<Integer> warningDays) {
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
        Duration left = Duration.between(at, until.get());
        Optional<Integer> band = warningDays.stream().filter(d -> left.compareTo(Duration.ofDays(d)) <= 0)
                .min(Comparator.naturalOrder());
        CourseStatus.State state = band.isPresent() ? CourseStatus.State.EXPIRING : CourseStatus.State.VALID;
        return new CourseStatus(course, state, Optional.of(c.id()), until, band);
    }
}
