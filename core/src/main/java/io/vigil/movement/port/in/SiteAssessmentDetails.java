package io.vigil.movement.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The advance site assessment as the assessor records it; a mandatory item left out is listed as
 * missing by the visit's readiness.
 */
public record SiteAssessmentDetails(@Valid RouteDetails primaryRoute, @Valid RouteDetails alternateRoute,
                                    @Valid EmergencyServiceDetails hospital, @Valid EmergencyServiceDetails police,
                                    @Size(max = 500) String safeRoom, @Size(max = 500) String assemblyPoint) {

    /** A route to the site with its travel time (1 to 1,440 minutes). */
    public record RouteDetails(@NotBlank @Size(max = 500) String description,
                               @Min(1) @Max(1440) int travelMinutes) {
    }

    /** The nearest hospital or police: name, phone, travel time (1 to 1,440 minutes). */
    public record EmergencyServiceDetails(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String phone,
                                          @Min(1) @Max(1440) int travelMinutes) {
    }
}
