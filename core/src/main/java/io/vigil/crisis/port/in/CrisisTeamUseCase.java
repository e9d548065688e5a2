package io.vigil.crisis.port.in;

import io.vigil.kernel.access.Actor;

/** The office's crisis management team and its completeness check. */
public interface CrisisTeamUseCase {
    /** The team (version 0 when nobody was named) and its gaps. */
    TeamView team(Actor actor);

    /** Names the team at its expected version; every person must be a person of the office. */
    TeamView set(Actor actor, long expectedVersion, TeamDetails details);
}
