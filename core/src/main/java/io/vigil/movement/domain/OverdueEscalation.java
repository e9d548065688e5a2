package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is told of an overdue movement, and when, as a pure policy: the officer on call as soon as
 * the episode opens (its deadline passed), the crisis team leader {@code leaderAfter} later if no
 * call-in has closed it. Each step is taken once: the caller records it on the episode
 * ({@link OverdueEpisode#withOfficerAlerted}, {@link OverdueEpisode#withLeaderAlerted}) and the
 * steps recorded are not due again.
 */
public record OverdueEscalation(Duration leaderAfter) {
    public OverdueEscalation {
        Require.nonNull(leaderAfter, "leaderAfter");
        Require.that(!leaderAfter.isNegative(), "leaderAfter", "must not be negative");
    }

    /** Who is told. */
    public enum Step {
        /** The officer on call, at the deadline. */
        OFFICER_ON_CALL,
        /** The crisis team leader, {@code leaderAfter} after the deadline. */
        CRISIS_TEAM_LEADER
    }

    /** The steps due at {@code now} and not yet taken, in order; none for a closed episode. */
    public List<Step> dueAt(OverdueEpisode episode, Instant now) {
        List<Step> due = new ArrayList<>();
        if (!episode.isOpen() || now.isBefore(episode.since())) {
            return due;
        }
        if (episode.officerAlertedAt().isEmpty()) {
            due.add(Step.OFFICER_ON_CALL);
        }
        if (episode.leaderAlertedAt().isEmpty() && !now.isBefore(episode.since().plus(leaderAfter))) {
            due.add(Step.CRISIS_TEAM_LEADER);
        }
        return due;
    }
}
