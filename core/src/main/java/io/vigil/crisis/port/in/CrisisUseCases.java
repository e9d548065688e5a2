package io.vigil.crisis.port.in;

import io.vigil.kernel.Require;

/** The crisis context's use cases, wired. */
public record CrisisUseCases(CrisisPlanUseCase plan, CrisisTeamUseCase team, ActivationsUseCase activations,
                             ExercisesUseCase exercises, ContinuityUseCase continuity,
                             RelocationUseCase relocation) {
    public CrisisUseCases {
        Require.nonNull(plan, "plan");
        Require.nonNull(team, "team");
        Require.nonNull(activations, "activations");
        Require.nonNull(exercises, "exercises");
        Require.nonNull(continuity, "continuity");
        Require.nonNull(relocation, "relocation");
    }
}
