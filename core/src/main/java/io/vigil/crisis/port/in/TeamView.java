package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.CrisisTeam;
import java.util.List;

/** The team with its completeness check: one sentence per role without a member or an alternate. */
public record TeamView(CrisisTeam team, List<String> gaps) {
    public TeamView {
        gaps = List.copyOf(gaps);
    }

    /** The team's view. */
    public static TeamView of(CrisisTeam team) {
        return new TeamView(team, team.gaps());
    }
}
