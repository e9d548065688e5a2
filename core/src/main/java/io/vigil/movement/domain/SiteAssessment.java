package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A visit's advance site assessment: its mandatory items (the primary and the alternate route with
 * their travel times, the nearest hospital and police with their travel times and phones, a safe
 * room, an assembly point), any of which may still be missing, and who made it when.
 */
public record SiteAssessment(Optional<Route> primaryRoute, Optional<Route> alternateRoute,
                             Optional<EmergencyService> hospital, Optional<EmergencyService> police,
                             Optional<String> safeRoom, Optional<String> assemblyPoint, String assessedBy,
                             Instant assessedAt) {
    public SiteAssessment {
        Require.nonNull(primaryRoute, "primaryRoute");
        Require.nonNull(alternateRoute, "alternateRoute");
        Require.nonNull(hospital, "hospital");
        Require.nonNull(police, "police");
        safeRoom = Require.nonNull(safeRoom, "safeRoom").map(t -> Require.text(t, "safeRoom", 500));
        assemblyPoint = Require.nonNull(assemblyPoint, "assemblyPoint").map(t -> Require.text(t, "assemblyPoint", 500));
        assessedBy = Require.text(assessedBy, "assessedBy", 200);
        Require.nonNull(assessedAt, "assessedAt");
    }

    /** The mandatory items still missing, in the fixed order of the record. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (primaryRoute.isEmpty()) {
            missing.add("the primary route");
        }
        if (alternateRoute.isEmpty()) {
            missing.add("the alternate route");
        }
        if (hospital.isEmpty()) {
            missing.add("the nearest hospital");
        }
        if (police.isEmpty()) {
            missing.add("the nearest police");
        }
        if (safeRoom.isEmpty()) {
            missing.add("the safe room");
        }
        if (assemblyPoint.isEmpty()) {
            missing.add("the assembly point");
        }
        return missing;
    }

    /** A route to the site and its travel time in minutes (1 to 1,440). */
    public record Route(String description, int travelMinutes) {
        public Route {
            description = Require.text(description, "description", 500);
            Require.that(travelMinutes >= 1 && travelMinutes <= 1_440, "travelMinutes", "must be 1 to 1440");
        }
    }

    /** The nearest hospital or police: name, phone and travel time in minutes (1 to 1,440). */
    public record EmergencyService(String name, String phone, int travelMinutes) {
        public EmergencyService {
            name = Require.text(name, "name", 200);
            phone = Require.text(phone, "phone", 40);
            Require.that(travelMinutes >= 1 && travelMinutes <= 1_440, "travelMinutes", "must be 1 to 1440");
        }
    }
}
