package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.contract.liaison.InformationLogContract;

class InformationLogH2Test extends InformationLogContract {
    @Override
    protected InformationLog store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).informationLog();
    }
}
