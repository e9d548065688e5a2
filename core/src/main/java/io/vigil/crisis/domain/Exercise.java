package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A drill or exercise held: its kind, title and time, its participants, the times measured against
 * their targets, its findings and follow-up actions, and the alerting run it included, if any.
 */
public record Exercise(ExerciseId id, OfficeId office, long version, ExerciseKind kind, String title, Instant heldAt,
                       List<PersonId> participants, List<Measurement> measurements, List<String> findings,
                       List<ExerciseAction> actions, Optional<AlertingRun> alerting)
        implements Versioned<ExerciseId, Exercise> {
    /** The most participants of one drill. */
    public static final int MAX_PARTICIPANTS = 1000;
    /** The most measurements, findings, and actions, each, of one drill. */
    public static final int MAX_ITEMS = 50;

    public Exercise {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(kind, "kind");
        title = Require.text(title, "title", 200);
        Require.nonNull(heldAt, "heldAt");
        participants = Require.noNulls(participants, "participants");
        Require.that(participants.size() <= MAX_PARTICIPANTS, "participants", "must be at most " + MAX_PARTICIPANTS);
        Require.that(participants.stream().distinct().count() == participants.size(), "participants",
                "must name each person once");
        measurements = Require.noNulls(measurements, "measurements");
        Require.that(measurements.size() <= MAX_ITEMS, "measurements", "must be at most " + MAX_ITEMS);
        findings = Require.noNulls(findings, "findings").stream().map(f -> Require.text(f, "findings", 1000)).toList();
        Require.that(findings.size() <= MAX_ITEMS, "findings", "must be at most " + MAX_ITEMS);
        actions = Require.noNulls(actions, "actions");
        Require.that(actions.size() <= MAX_ITEMS, "actions", "must be at most " + MAX_ITEMS);
        for (int i = 0; i < actions.size(); i++) {
            Require.that(actions.get(i).number() == i + 1, "actions", "must be numbered 1, 2, ... in order");
        }
        Require.nonNull(alerting, "alerting");
    }

    /** The actions still open after their due day. */
    public List<ExerciseAction> overdueActions(LocalDate today) {
        return actions.stream().filter(a -> a.overdue(today)).toList();
    }

    /** The drill with an action marked done on {@code day}. */
    public Exercise actionDone(int number, LocalDate day) {
        Require.that(number >= 1 && number <= actions.size(), "action",
                "must be an action of the drill, 1 to " + actions.size() + ", was " + number);
        ExerciseAction a = actions.get(number - 1);
        if (a.done().isPresent()) {
            throw RefusedException.because("action " + number + " was done on " + a.done().get());
        }
        List<ExerciseAction> next = new ArrayList<>(actions);
        next.set(number - 1, new ExerciseAction(number, a.description(), a.owner(), a.due(), Optional.of(day)));
        return new Exercise(id, office, version, kind, title, heldAt, participants, measurements, findings, next,
                alerting);
    }

    /** The drill with the alerting run it included (or its new score). */
    public Exercise withAlerting(AlertingRun run) {
        return new Exercise(id, office, version, kind, title, heldAt, participants, measurements, findings, actions,
                Optional.of(run));
    }

    @Override
    public Exercise withVersion(long newVersion) {
        return new Exercise(id, office, newVersion, kind, title, heldAt, participants, measurements, findings, actions,
                alerting);
    }
}
