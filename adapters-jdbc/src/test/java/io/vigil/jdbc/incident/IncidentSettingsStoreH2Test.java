package io.vigil.jdbc.incident;

import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.incident.IncidentSettingsStoreContract;

class IncidentSettingsStoreH2Test extends IncidentSettingsStoreContract {
    @Override
    protected IncidentSettingsStore store() {
        return TestDatabases.h2(JdbcIncidentStores::new).settings();
    }
}
