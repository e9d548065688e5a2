package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link OfficeDirectory} in memory. */
public final class InMemoryOfficeDirectory extends InMemoryVersionedStore<OfficeId, OfficeProfile>
        implements OfficeDirectory.Scanned {
    public InMemoryOfficeDirectory() {
        super("office");
    }
}
