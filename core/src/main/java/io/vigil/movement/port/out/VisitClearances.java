package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.Require;
import io.vigil.movement.domain.ClearanceStanding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Outbound port: the travel context's clearance requests of a visit's members. The composition root
 * adapts the travel context's clearances use case to it: a request is submitted as the actor who
 * asks (their right to submit for the member is the travel context's to check); where the requests
 * stand is read as the movement rules' own actor of the office.
 */
public interface VisitClearances {
    /** Submits one member's clearance request for the trip; gives the clearance's id. */
    String request(Actor actor, PersonId member, Trip trip);

    /** Where the office's clearances among {@code ids} stand, by id; an id unknown there is left out. */
    Map<String, ClearanceStanding> standing(OfficeId office, Set<String> ids);

    /**
     * A visit as a trip: its purpose, the criticality of the programme it serves (PC1 to PC4) and its
     * road legs between the programme's venues, in order.
     */
    record Trip(String purpose, String criticality, List<Leg> legs) {
        public Trip {
            purpose = Require.text(purpose, "purpose");
            criticality = Require.text(criticality, "criticality");
            legs = Require.noNulls(legs, "legs");
            Require.that(!legs.isEmpty(), "legs", "must hold a leg");
        }
    }

    /** A road leg from one venue to the next. */
    record Leg(String from, GeoPoint fromPoint, String to, GeoPoint toPoint, Instant departure, Instant arrival) {
    }
}
