package io.vigil.testkit.memory.movement;

import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.contract.movement.RoadIncidentLogContract;

class InMemoryRoadIncidentLogTest extends RoadIncidentLogContract {
    private static final InMemoryRoadIncidentLog STORE = new InMemoryRoadIncidentLog();

    @Override
    protected RoadIncidentLog store() {
        return STORE;
    }
}
