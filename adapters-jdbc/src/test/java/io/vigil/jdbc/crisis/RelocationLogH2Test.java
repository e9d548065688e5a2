package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.RelocationLogContract;

class RelocationLogH2Test extends RelocationLogContract {
    @Override
    protected RelocationLog store() {
        return TestDatabases.h2(JdbcCrisisStores::new).relocations();
    }
}
