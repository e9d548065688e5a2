package io.vigil.risk.port.in;

import io.vigil.risk.domain.AdviceDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The officer's advice on one phase: the decision, its reasons and, for an approval with conditions, the conditions. */
public record AdviceDetails(@NotBlank @Size(max = 100) String phase, @NotNull AdviceDecision decision,
                            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons,
                            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions) {
    public AdviceDetails {
        conditions = conditions == null ? List.of() : conditions;
    }
}
