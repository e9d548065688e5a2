package io.vigil.rest.movement;

import io.vigil.movement.domain.Vehicle;
import io.vigil.rest.resource.Identified;
import java.time.LocalDate;
import java.util.List;

/** A vehicle as the API shows it, with what keeps it off the road today (the UTC day of the request). */
public record VehicleResource(String id, String office, long version, String plate, String description,
                              boolean radio, LocalDate insuredUntil, LocalDate inspectionDue, List<String> equipment,
                              List<String> problemsToday) implements Identified {

    /** The vehicle on {@code today}. */
    public static VehicleResource from(Vehicle v, LocalDate today) {
        return new VehicleResource(v.id().toString(), v.office().value(), v.version(), v.plate(), v.description(),
                v.radio(), v.insuredUntil(), v.inspectionDue(), v.equipment(), v.problemsThrough(today));
    }
}
