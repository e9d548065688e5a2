package io.vigil.awareness.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a person stands on one course at an instant: the state, the expiry of the completion that
 * counts (the one valid longest), and, when expiring, the smallest warning it falls within ("within
 * 30 days").
 */
public record CourseStatus(CourseId course, State state, Optional<CompletionId> completion,
                           Optional<Instant> validUntil, Optional<Integer> warningDays) {

    /** The states, worst first. */
    public enum State { MISSING, EXPIRED, EXPIRING, VALID }

    public CourseStatus {
        Require.nonNull(course, "course");
        Require.nonNull(state, "state");
        Require.nonNull(completion, "completion");
        Require.nonNull(validUntil, "validUntil");
        Require.nonNull(warningDays, "warningDays");
        Require.that((state == State.MISSING) == completion.isEmpty(), "completion",
                "must be given unless the course is missing");
        Require.that((state == State.EXPIRING) == warningDays.isPresent(), "warningDays",
                "must be given for an expiring course and only for one");
    }

    /** Whether the person lacks the course or is about to: missing, expired or expiring. */
    public boolean gap() {
        return state != State.VALID;
    }

    /**
     * Whether this status is at least as good as the other: a better state, or both expiring and
     * this one within a larger warning (more days left).
     */
    public boolean notWorseThan(CourseStatus other) {
        if (state != other.state) {
            return state.compareTo(other.state) > 0;
        }
        return state != State.EXPIRING || warningDays.orElseThrow() >= other.warningDays.orElseThrow();
    }
}
