package io.vigil.movement.port.in;

import io.vigil.movement.domain.PlanApproval;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A security officer's approval of a movement plan whose route needs it: why (up to 2,000 characters). */
public record PlanApprovalDetails(@NotBlank @Size(max = PlanApproval.MAX_REASON) String reason) {
}
