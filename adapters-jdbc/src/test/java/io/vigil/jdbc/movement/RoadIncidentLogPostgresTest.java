package io.vigil.jdbc.movement;

import io.vigil.jdbc.TestDatabases;
import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.contract.movement.RoadIncidentLogContract;

class RoadIncidentLogPostgresTest extends RoadIncidentLogContract {
    @Override
    protected RoadIncidentLog store() {
        return TestDatabases.postgres(JdbcMovementStores::new).roadIncidents();
    }
}
