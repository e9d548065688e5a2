package io.vigil.rest.movement;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.VehicleId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** A road incident as the API shows it. */
public record RoadIncidentResource(String id, String office, long version, Instant at, String place, GeoPoint where,
                                   VehicleId vehicle, DriverId driver, List<PersonId> persons, String description,
                                   MovementId movement) implements Identified {

    /** The incident as recorded. */
    public static RoadIncidentResource from(RoadIncident i) {
        return new RoadIncidentResource(i.id().toString(), i.office().value(), i.version(), i.at(), i.place(),
                i.where().orElse(null), i.vehicle().orElse(null), i.driver().orElse(null), i.persons(),
                i.description(), i.movement().orElse(null));
    }
}
