package io.vigil.files.movement;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.port.out.RoadIncidentLog;

/** {@link RoadIncidentLog} on JSON files. */
final class FileRoadIncidentLog extends FileVersionedStore<RoadIncidentId, RoadIncident> implements RoadIncidentLog.Scanned {
    FileRoadIncidentLog(JsonDirectory<RoadIncident> files) {
        super(files, "road-incident");
    }
}
