package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** An office's crisis management team: at most one seat per role, each with its principal and alternates. */
public record CrisisTeam(OfficeId id, long version, List<TeamSeat> seats) implements Versioned<OfficeId, CrisisTeam> {
    public CrisisTeam {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        seats = Require.noNulls(seats, "seats");
        Require.that(seats.stream().map(TeamSeat::role).distinct().count() == seats.size(), "seats",
                "must name each role once");
    }

    /** The team of an office that has named nobody yet (version 0: not stored). */
    public static CrisisTeam empty(OfficeId office) {
        return new CrisisTeam(office, 0, List.of());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    /** The seat of a role, if it is filled. */
    public Optional<TeamSeat> seat(TeamRole role) {
        return seats.stream().filter(s -> s.role() == role).findFirst();
    }

    /**
     * What keeps the team from being complete, one sentence per role in the order of {@link TeamRole}:
     * a role nobody holds, and a role held without an alternate. Empty when complete.
     */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            Optional<TeamSeat> seat = seat(role);
            if (seat.isEmpty()) {
                gaps.add(role + " has no member");
            } else if (seat.get().alternates().isEmpty()) {
                gaps.add(role + " has no alternate");
            }
        }
        return gaps;
    }

    /** Every person of the team, principals first (in role order), then alternates; each once. */
    public List<PersonId> members() {
        LinkedHashSet<PersonId> members = new LinkedHashSet<>();
        seats.forEach(s -> members.add(s.principal()));
        seats.forEach(s -> members.addAll(s.alternates()));
        return List.copyOf(members);
    }

    @Override
    public CrisisTeam withVersion(long newVersion) {
        return new CrisisTeam(id, newVersion, seats);
    }
}
