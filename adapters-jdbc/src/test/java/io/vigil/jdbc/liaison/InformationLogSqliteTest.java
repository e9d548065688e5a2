package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.contract.liaison.InformationLogContract;

class InformationLogSqliteTest extends InformationLogContract {
    @Override
    protected InformationLog store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).informationLog();
    }
}
