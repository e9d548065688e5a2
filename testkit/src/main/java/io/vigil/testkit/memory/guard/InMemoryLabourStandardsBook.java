package io.vigil.testkit.memory.guard;

import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link LabourStandardsBook} in memory. */
public final class InMemoryLabourStandardsBook extends InMemoryVersionedStore<StandardsId, LabourStandards> implements LabourStandardsBook.Scanned {
    public InMemoryLabourStandardsBook() {
        super("guard-standards");
    }
}
