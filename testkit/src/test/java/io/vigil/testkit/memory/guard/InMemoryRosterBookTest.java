package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.RosterBook;
import io.vigil.testkit.contract.guard.RosterBookContract;

class InMemoryRosterBookTest extends RosterBookContract {
    private static final InMemoryRosterBook STORE = new InMemoryRosterBook();

    @Override
    protected RosterBook store() {
        return STORE;
    }
}
