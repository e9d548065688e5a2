package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.OrganisationRegistry;
import io.vigil.testkit.contract.liaison.OrganisationRegistryContract;

class OrganisationRegistrySqliteTest extends OrganisationRegistryContract {
    @Override
    protected OrganisationRegistry store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).organisations();
    }
}
