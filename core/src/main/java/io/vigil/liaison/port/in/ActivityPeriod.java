package io.vigil.liaison.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The period {@code [from, to)} of a programme review, evaluated as known at {@code asOf}: only
 * records (and changes) recorded at or before {@code asOf} count, so the same period as of the same
 * instant gives the same figures however often it is asked (once {@code asOf} has passed). At most
 * {@value LiaisonActivityUseCase#MAX_PERIOD_DAYS} days long.
 */
public record ActivityPeriod(@NotNull Instant from, @NotNull Instant to, @NotNull Instant asOf) {
}
