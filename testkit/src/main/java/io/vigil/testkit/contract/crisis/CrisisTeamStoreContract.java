package io.vigil.testkit.contract.crisis;

import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.domain.TeamSeat;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link CrisisTeamStore}; extend it with your adapter. The record's id is its office, so
 * every new record belongs to a fresh office.
 */
public abstract class CrisisTeamStoreContract extends VersionedStoreContract<OfficeId, CrisisTeam, CrisisTeamStore> {

    @Override
    protected Gen<CrisisTeam> newAggregates(OfficeId office) {
        return CrisisGenerators.teams();
    }

    /** The team with its first seat's principal replaced by another person, always the same one. */
    @Override
    protected CrisisTeam changed(CrisisTeam x) {
        List<TeamSeat> seats = new ArrayList<>(x.seats());
        TeamSeat first = seats.get(0);
        seats.set(0, new TeamSeat(first.role(), new PersonId(UUID.nameUUIDFromBytes(first.principal().toString()
                .getBytes(StandardCharsets.UTF_8))), first.alternates()));
        return new CrisisTeam(x.id(), x.version(), seats);
    }
}
