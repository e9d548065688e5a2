package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An activation of the crisis team from an incident report: the scenario of the plan in force it
 * follows and what triggered it.
 */
public record IncidentCrisisActivationDetails(@NotBlank @Size(max = 100) String scenario,
                                              @NotBlank @Size(max = 500) String trigger) {
}
