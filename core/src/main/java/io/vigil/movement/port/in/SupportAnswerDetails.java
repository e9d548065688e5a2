package io.vigil.movement.port.in;

import io.vigil.movement.domain.SupportStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The answer to a support request: CONFIRMED or DECLINED, and when (default now; never in the future). */
public record SupportAnswerDetails(@NotNull SupportStatus status, Instant at) {
}
