package io.vigil.rest.crisis;

import io.vigil.crisis.domain.TeamSeat;
import io.vigil.crisis.port.in.TeamView;
import java.util.List;

/** The crisis team as the API shows it: its seats and its completeness check. */
public record TeamResource(String office, long version, List<TeamSeat> seats, boolean complete, List<String> gaps)
        implements CrisisApi.Versioned {

    /** The view's resource. */
    public static TeamResource from(TeamView view) {
        return new TeamResource(view.team().id().value(), view.team().version(), view.team().seats(),
                view.gaps().isEmpty(), view.gaps());
    }
}
