package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.contract.movement.RoadIncidentLogContract;

class RoadIncidentLogFilesTest extends RoadIncidentLogContract {
    @Override
    protected RoadIncidentLog store() {
        return FileStoresFixture.stores(FileMovementStores::new).roadIncidents();
    }
}
