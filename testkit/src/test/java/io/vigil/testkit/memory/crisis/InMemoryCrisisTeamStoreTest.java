package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.testkit.contract.crisis.CrisisTeamStoreContract;

class InMemoryCrisisTeamStoreTest extends CrisisTeamStoreContract {
    private static final InMemoryCrisisTeamStore STORE = new InMemoryCrisisTeamStore();

    @Override
    protected CrisisTeamStore store() {
        return STORE;
    }
}
