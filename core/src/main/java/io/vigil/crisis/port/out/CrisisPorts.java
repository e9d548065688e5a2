package io.vigil.crisis.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the crisis context: its stores. */
public record CrisisPorts(CrisisPlanStore plans, CrisisTeamStore teams, ActivationLog activations,
                          ExerciseLog exercises, ExerciseScheduleStore schedules, ContinuityStore continuity,
                          RelocationPlanStore relocationPlans, RelocationLog relocations) {
    public CrisisPorts {
        Require.nonNull(plans, "plans");
        Require.nonNull(teams, "teams");
        Require.nonNull(activations, "activations");
        Require.nonNull(exercises, "exercises");
        Require.nonNull(schedules, "schedules");
        Require.nonNull(continuity, "continuity");
        Require.nonNull(relocationPlans, "relocationPlans");
        Require.nonNull(relocations, "relocations");
    }
}
