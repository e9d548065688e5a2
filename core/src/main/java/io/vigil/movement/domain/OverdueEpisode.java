package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One stretch of a movement's silence past its deadline: from {@code since} (the deadline that
 * passed, with the call-in that was {@code due}), the escalation steps taken and when, and the
 * late call-in (or arrival) that closed it. The movement's log keeps every episode.
 */
public record OverdueEpisode(Instant due, Instant since, Optional<Instant> officerAlertedAt,
                             Optional<Instant> leaderAlertedAt, Optional<Instant> closedAt) {
    public OverdueEpisode {
        Require.nonNull(due, "due");
        Require.nonNull(since, "since");
        Require.that(!since.isBefore(due), "since", "must not be before due");
        Require.nonNull(officerAlertedAt, "officerAlertedAt");
        Require.nonNull(leaderAlertedAt, "leaderAlertedAt");
        Require.nonNull(closedAt, "closedAt");
    }

    /** A new open episode. */
    public static OverdueEpisode open(Instant due, Instant since) {
        return new OverdueEpisode(due, since, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether no call-in or arrival has closed it yet. */
    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    /** The episode with the officer's step recorded at {@code at} (kept if recorded before). */
    public OverdueEpisode withOfficerAlerted(Instant at) {
        return new OverdueEpisode(due, since, officerAlertedAt.or(() -> Optional.of(at)), leaderAlertedAt, closedAt);
    }

    /** The episode with the crisis team leader's step recorded at {@code at} (kept if recorded before). */
    public OverdueEpisode withLeaderAlerted(Instant at) {
        return new OverdueEpisode(due, since, officerAlertedAt, leaderAlertedAt.or(() -> Optional.of(at)), closedAt);
    }

    /** The episode closed at {@code at}. */
    public OverdueEpisode closed(Instant at) {
        return new OverdueEpisode(due, since, officerAlertedAt, leaderAlertedAt, Optional.of(at));
    }
}
