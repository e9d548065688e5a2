package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.liaison.MeetingSeriesRegistryContract;

class MeetingSeriesRegistrySqliteTest extends MeetingSeriesRegistryContract {
    @Override
    protected MeetingSeriesRegistry store() {
        return TestDatabases.sqlite(JdbcLiaisonStores::new).series();
    }
}
