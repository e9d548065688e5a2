package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.liaison.AdviceRegisterContract;

class AdviceRegisterSqliteTest extends AdviceRegisterContract {
    @Override
    protected AdviceRegister store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).advice();
    }
}
