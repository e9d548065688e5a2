package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.liaison.AdviceRegisterContract;

class AdviceRegisterH2Test extends AdviceRegisterContract {
    @Override
    protected AdviceRegister store() {
        return TestDatabases.h2(JdbcLiaisonStores::new).advice();
    }
}
