package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.DecisionOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Management's decision on a piece of advice: the outcome, the reason, who decided and when (not in the future). */
public record DecisionRecord(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 2000) String reason,
                             @NotBlank @Size(max = 200) String decidedBy, @NotNull Instant decidedAt) {
}
