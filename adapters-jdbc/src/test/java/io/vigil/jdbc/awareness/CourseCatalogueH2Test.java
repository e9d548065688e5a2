package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.CourseCatalogueContract;

class CourseCatalogueH2Test extends CourseCatalogueContract {
    @Override
    protected CourseCatalogue store() {
        return TestDatabases.h2(JdbcAwarenessStores::new).courses();
    }
}
