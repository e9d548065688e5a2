package io.vigil.movement.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The criticality of the programme the visit serves (PC1 to PC4), for its members' clearance requests. */
public record MemberClearancesDetails(@NotBlank @Pattern(regexp = "PC[1-4]") String criticality) {
}
