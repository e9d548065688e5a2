package io.vigil.movement.port.in;

import io.vigil.movement.domain.SupportProvider;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A request for security support: to whom, for what, and when it was made (default now; never in the future). */
public record SupportRequestDetails(@NotNull SupportProvider provider, @NotBlank @Size(max = 1000) String what,
                                    Instant requestedAt) {
}
