package io.vigil.testkit.memory.liaison;

import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.contract.liaison.OrganisationRegistryContract;

class InMemoryOrganisationRegistryTest extends OrganisationRegistryContract {
    private static final InMemoryOrganisationRegistry STORE = new InMemoryOrganisationRegistry();

    @Override
    protected OrganisationRegistry store() {
        return STORE;
    }
}
