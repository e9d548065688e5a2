package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link OrganisationRegistry} in memory. */
public final class InMemoryOrganisationRegistry extends InMemoryVersionedStore<OrganisationId, Organisation> implements OrganisationRegistry.Scanned {
    /** An empty store. */
    public InMemoryOrganisationRegistry() {
        super("organisation");
    }
}
