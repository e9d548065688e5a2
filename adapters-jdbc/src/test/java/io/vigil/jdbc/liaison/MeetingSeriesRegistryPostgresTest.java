package io.vigil.jdbc.liaison;

import io.vigil.jdbc.TestDatabases;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.liaison.MeetingSeriesRegistryContract;

class MeetingSeriesRegistryPostgresTest extends MeetingSeriesRegistryContract {
    @Override
    protected MeetingSeriesRegistry store() {
        return TestDatabases.postgres(JdbcLiaisonStores::new).series();
    }
}
