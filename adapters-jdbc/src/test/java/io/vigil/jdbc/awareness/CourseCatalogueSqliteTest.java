package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.CourseCatalogueContract;

class CourseCatalogueSqliteTest extends CourseCatalogueContract {
    @Override
    protected CourseCatalogue store() {
        return TestDatabases.sqlite(JdbcAwarenessStores::new).courses();
    }
}
