package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.domain.ExerciseAction;
import io.vigil.crisis.domain.PlanDue;
import io.vigil.kernel.Require;
import java.util.List;

/**
 * What is due in the crisis programme on a day: every scheduled kind of drill with its due date
 * (overdue ones marked), the follow-up actions open past their due date, and the plan's review and
 * test dates.
 */
public record OverdueReport(List<DrillDue> drills, List<OverdueAction> actions, List<PlanDue> plan) {
    public OverdueReport {
        drills = List.copyOf(drills);
        actions = List.copyOf(actions);
        plan = List.copyOf(plan);
    }

    /** An open action past its due date, with the drill it follows up. */
    public record OverdueAction(ExerciseId exercise, String title, ExerciseAction action) {
        public OverdueAction {
            Require.nonNull(exercise, "exercise");
            Require.nonNull(title, "title");
            Require.nonNull(action, "action");
        }
    }
}
