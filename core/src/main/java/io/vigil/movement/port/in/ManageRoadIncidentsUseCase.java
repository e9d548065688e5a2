package io.vigil.movement.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;

/** Record the road incidents (until the incident context takes them over); each is about the persons involved. */
public interface ManageRoadIncidentsUseCase extends RecordsUseCase<RoadIncidentId, RoadIncidentDetails, RoadIncident> {
}
