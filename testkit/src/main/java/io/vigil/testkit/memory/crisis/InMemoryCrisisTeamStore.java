package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link CrisisTeamStore} in memory. */
public final class InMemoryCrisisTeamStore extends InMemoryVersionedStore<OfficeId, CrisisTeam> implements CrisisTeamStore {
    public InMemoryCrisisTeamStore() {
        super("crisis-team");
    }
}
