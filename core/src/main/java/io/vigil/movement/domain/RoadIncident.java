package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A road incident (a collision, a breakdown in a dangerous place, a roadblock met): when and where,
 * the vehicle and driver, the persons involved, what happened, and the movement it happened on.
 * Kept here until the incident context takes road incidents over.
 */
public record RoadIncident(RoadIncidentId id, OfficeId office, long version, Instant at, String place,
                           Optional<GeoPoint> where, Optional<VehicleId> vehicle, Optional<DriverId> driver,
                           List<PersonId> persons, String description, Optional<MovementId> movement)
        implements Versioned<RoadIncidentId, RoadIncident> {
    /** The most persons of one road incident. */
    public static final int MAX_PERSONS = 60;

    public RoadIncident {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(at, "at");
        place = Require.text(place, "place", 200);
        Require.nonNull(where, "where");
        Require.nonNull(vehicle, "vehicle");
        Require.nonNull(driver, "driver");
        persons = Require.noNulls(persons, "persons");
        Require.that(persons.size() <= MAX_PERSONS, "persons", "must be at most " + MAX_PERSONS);
        Require.that(persons.stream().distinct().count() == persons.size(), "persons", "must name each person once");
        description = Require.text(description, "description", 4000);
        Require.nonNull(movement, "movement");
    }

    @Override
    public RoadIncident withVersion(long newVersion) {
        return new RoadIncident(id, office, newVersion, at, place, where, vehicle, driver, persons, description,
                movement);
    }
}
