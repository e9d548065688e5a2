package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.liaison.ActionRegisterContract;

class ActionRegisterSqliteTest extends ActionRegisterContract {
    @Override
    protected ActionRegister store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).actions();
    }
}
