package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's completeness check names each role without a member or an alternate. */
class CrisisTeamTest {
    @Test
    void the_completeness_check_names_every_role_without_a_member_or_an_alternate() {
        CrisisTeam team = new CrisisTeam(OfficeId.of("MX-MEX"), 0, List.of(
                new TeamSeat(TeamRole.LEADER, PersonId.random(), List.of(PersonId.random())),
                new TeamSeat(TeamRole.HR, PersonId.random(), List.of()),
                new TeamSeat(TeamRole.FINANCE, PersonId.random(), List.of(PersonId.random(), PersonId.random()))));
        assertThat(team.gaps()).containsExactly("OPERATIONS has no member", "HR has no alternate",
                "COMMUNICATIONS has no member", "SECURITY_FOCAL_POINT has no member");
    }

    @Test
    void a_full_team_with_alternates_has_no_gap_and_lists_each_member_once() {
        PersonId shared = PersonId.random();
        List<TeamSeat> seats = new java.util.ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            seats.add(new TeamSeat(role, PersonId.random(), List.of(shared)));
        }
        CrisisTeam team = new CrisisTeam(OfficeId.of("MX-MEX"), 0, seats);
        assertThat(team.gaps()).isEmpty();
        assertThat(team.members()).hasSize(7).endsWith(shared);
    }
}
