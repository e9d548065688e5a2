package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A topic of the situation reports (casualties, movements, premises, ...): its owner, how often it
 * is updated, when the next update is due, and the latest update.
 */
public record SitrepTopic(int number, String title, PersonId owner, int cadenceMinutes, Instant nextUpdate,
                          Optional<Instant> lastUpdate, Optional<String> lastSummary) {
    /** The shortest cadence, in minutes. */
    public static final int MIN_CADENCE = 15;
    /** The longest cadence, in minutes (a week). */
    public static final int MAX_CADENCE = 10_080;

    public SitrepTopic {
        Require.that(number >= 1, "number", "must be at least 1");
        title = Require.text(title, "title", 200);
        Require.nonNull(owner, "owner");
        Require.that(cadenceMinutes >= MIN_CADENCE && cadenceMinutes <= MAX_CADENCE, "cadenceMinutes",
                "must be between " + MIN_CADENCE + " and " + MAX_CADENCE + ", was " + cadenceMinutes);
        Require.nonNull(nextUpdate, "nextUpdate");
        Require.nonNull(lastUpdate, "lastUpdate");
        lastSummary = Require.nonNull(lastSummary, "lastSummary").map(s -> Require.text(s, "summary", LogEntry.MAX_TEXT));
        Require.that(lastUpdate.isPresent() == lastSummary.isPresent(), "lastSummary",
                "must be set exactly when there was an update");
    }

    /** Whether the next update is due at {@code at}. */
    public boolean dueAt(Instant at) {
        return !at.isBefore(nextUpdate);
    }

    SitrepTopic updated(String summary, Instant at) {
        return new SitrepTopic(number, title, owner, cadenceMinutes, at.plusSeconds(60L * cadenceMinutes),
                Optional.of(at), Optional.of(summary));
    }
}
