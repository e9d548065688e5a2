package io.vigil.crisis.port.in;

import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.Instant;

/**
 * Drills and exercises: each one held with its participants, times against targets, findings and
 * follow-up actions; the schedule per kind as RFC 5545 recurrence rules; what is overdue; the
 * after-action report; and a communication test or phone-tree drill of the alerting context run
 * as part of a drill, its score kept. At most {@link #MAX_EXERCISES} drills per office.
 */
public interface ExercisesUseCase extends RecordsUseCase<ExerciseId, ExerciseDetails, Exercise> {
    /** The most drills an office keeps. */
    int MAX_EXERCISES = 2000;

    /** Marks a follow-up action done on a day. */
    Exercise actionDone(Actor actor, ExerciseId id, int action, ActionDoneDetails details);

    /** The drill's after-action report, as Markdown. */
    String report(Actor actor, ExerciseId id);

    /** Starts a communication test of the alerting context as part of the drill; refused if the drill already ran one. */
    Exercise runCommunicationTest(Actor actor, ExerciseId id, CommTestDetails details);

    /** Starts a timed drill of an alerting phone tree as part of the drill; refused if the drill already ran one. */
    Exercise runPhoneTreeDrill(Actor actor, ExerciseId id, TreeDrillDetails details);

    /** Reads the score of the drill's alerting run now and keeps it. */
    Exercise score(Actor actor, ExerciseId id);

    /** The office's drill schedule (version 0 when none was set). */
    ExerciseSchedule schedule(Actor actor);

    /** Sets the schedule at its expected version; every bad rule is named. */
    ExerciseSchedule setSchedule(Actor actor, long expectedVersion, ScheduleDetails details);

    /** The drills due by their schedule, the follow-up actions overdue and the plan's dues, on the day of {@code at} (UTC). */
    OverdueReport overdue(Actor actor, Instant at);
}
