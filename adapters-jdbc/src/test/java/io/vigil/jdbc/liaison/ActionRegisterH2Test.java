package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.liaison.ActionRegisterContract;

class ActionRegisterH2Test extends ActionRegisterContract {
    @Override
    protected ActionRegister store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).actions();
    }
}
