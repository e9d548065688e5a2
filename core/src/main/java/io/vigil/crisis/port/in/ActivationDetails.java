package io.vigil.crisis.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An activation of the crisis team: the scenario of the plan in force it follows, what triggered
 * it, and, when it comes from an incident report, the incident report's id (checked against the
 * incident context when the team is activated).
 */
public record ActivationDetails(@NotBlank @Size(max = 100) String scenario,
                                @NotBlank @Size(max = 500) String trigger,
                                @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*",
                                        message = "must be letters, digits and dashes, starting with a letter or digit")
                                String incident) {
}
