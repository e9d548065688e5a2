package io.vigil.testkit.memory.movement;

import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link RoadIncidentLog} in memory. */
public final class InMemoryRoadIncidentLog extends InMemoryVersionedStore<RoadIncidentId, RoadIncident> implements RoadIncidentLog.Scanned {
    public InMemoryRoadIncidentLog() {
        super("road-incident");
    }
}
