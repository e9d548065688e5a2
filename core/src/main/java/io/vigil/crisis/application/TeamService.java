package io.vigil.crisis.application;

import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.domain.TeamSeat;
import io.vigil.crisis.port.in.CrisisTeamUseCase;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.crisis.port.in.TeamView;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.validation.CommandValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The crisis team: a seat per role, its members persons of the office. */
final class TeamService implements CrisisTeamUseCase {
    private final Singletons<CrisisTeam> teams;
    private final Persons persons;
    private final CommandValidator validator;

    TeamService(CrisisTeamStore store, Persons persons, AccessGuard guard, CommandValidator validator) {
        this.teams = new Singletons<>("crisis-team", CrisisData.CRISIS_PLAN, store, CrisisTeam::empty, guard);
        this.persons = persons;
        this.validator = validator;
    }

    @Override
    public TeamView team(Actor actor) {
        return TeamView.of(teams.get(actor));
    }

    @Override
    public TeamView set(Actor actor, long expectedVersion, TeamDetails details) {
        validator.validate(details);
        List<TeamSeat> seats = CommandValidator.build("seats", () -> details.seats().stream()
                .map(s -> new TeamSeat(s.role(), s.principal(), s.alternates())).toList());
        CrisisTeam built = CommandValidator.build("seats", () -> new CrisisTeam(actor.office(), 0, seats));
        return TeamView.of(teams.change(actor, Operation.WRITE, expectedVersion, current -> {
            persons.require(actor, named(details));
            return new CrisisTeam(current.id(), current.version(), built.seats());
        }));
    }

    private static Map<String, PersonId> named(TeamDetails details) {
        Map<String, PersonId> named = new LinkedHashMap<>();
        for (int i = 0; i < details.seats().size(); i++) {
            TeamDetails.SeatDetails s = details.seats().get(i);
            named.put("seats[" + i + "].principal", s.principal());
            for (int j = 0; j < s.alternates().size(); j++) {
                named.put("seats[" + i + "].alternates[" + j + "]", s.alternates().get(j));
            }
        }
        return named;
    }
}
