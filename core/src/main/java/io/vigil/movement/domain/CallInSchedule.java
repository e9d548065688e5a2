package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * How often a movement under way calls in: every {@code everyMinutes} after its departure or its
 * last call-in, with {@code graceMinutes} of grace. The call-in is due at the last contact plus the
 * interval; the movement is overdue once the due time plus the grace has passed.
 */
public record CallInSchedule(int everyMinutes, int graceMinutes) {
    /** The shortest interval between call-ins, in minutes. */
    public static final int MIN_EVERY = 5;
    /** The longest interval between call-ins, in minutes (a whole day). */
    public static final int MAX_EVERY = 1440;
    /** The longest grace after a call-in is due, in minutes. */
    public static final int MAX_GRACE = 120;

    public CallInSchedule {
        Require.that(everyMinutes >= MIN_EVERY && everyMinutes <= MAX_EVERY, "everyMinutes",
                "must be between " + MIN_EVERY + " and " + MAX_EVERY + ", was " + everyMinutes);
        Require.that(graceMinutes >= 0 && graceMinutes <= MAX_GRACE, "graceMinutes",
                "must be between 0 and " + MAX_GRACE + ", was " + graceMinutes);
    }

    /** When the call-in after a contact at {@code lastContact} is due. */
    public Instant dueAfter(Instant lastContact) {
        return lastContact.plus(Duration.ofMinutes(everyMinutes));
    }

    /** When a movement last in contact at {@code lastContact} becomes overdue: due time plus grace. */
    public Instant deadlineAfter(Instant lastContact) {
        return dueAfter(lastContact).plus(Duration.ofMinutes(graceMinutes));
    }

    /** Whether, at {@code now}, the deadline after {@code lastContact} has passed. */
    public boolean overdue(Instant lastContact, Instant now) {
        return now.isAfter(deadlineAfter(lastContact));
    }
}
