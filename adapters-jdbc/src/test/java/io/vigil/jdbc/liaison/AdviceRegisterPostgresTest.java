package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.AdviceRegister;
import io.vigil.testkit.contract.liaison.AdviceRegisterContract;

class AdviceRegisterPostgresTest extends AdviceRegisterContract {
    @Override
    protected AdviceRegister store() {
        return TestDatabases.postgres(JdbcLiaisonStores::new).advice();
    }
}
