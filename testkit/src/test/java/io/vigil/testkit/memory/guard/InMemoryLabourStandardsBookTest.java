package io.vigil.testkit.memory.guard;

import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.testkit.contract.guard.LabourStandardsBookContract;

class InMemoryLabourStandardsBookTest extends LabourStandardsBookContract {
    private static final InMemoryLabourStandardsBook STORE = new InMemoryLabourStandardsBook();

    @Override
    protected LabourStandardsBook store() {
        return STORE;
    }
}
