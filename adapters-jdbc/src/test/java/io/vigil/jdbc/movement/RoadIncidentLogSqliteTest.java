package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.contract.movement.RoadIncidentLogContract;

class RoadIncidentLogSqliteTest extends RoadIncidentLogContract {
    @Override
    protected RoadIncidentLog store() {
        return TestDatabases.sqlite(JdbcMovementStores::new).roadIncidents();
    }
}
