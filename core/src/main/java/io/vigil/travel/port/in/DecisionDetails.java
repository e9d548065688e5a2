package io.vigil.travel.port.in;

import io.vigil.travel.domain.ManualDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A security officer's decision on a clearance: approve, deny or escalate, always with a reason;
 * a decision taken above the officer names on whose behalf it is recorded.
 */
public record DecisionDetails(@NotNull ManualDecision.Action action,
                              @NotBlank @Size(max = ManualDecision.MAX_REASON) String reason,
                              @Size(max = 200) String onBehalfOf) {
}
