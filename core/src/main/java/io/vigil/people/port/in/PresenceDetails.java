package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A stay in the country: who, arrival, and departure if known. The departure lies at most 50 years
 * after the arrival unless the host configures other {@code SpanLimits}; an open stay is not bounded.
 */
public record PresenceDetails(@NotNull PersonId person, @NotNull Instant arrival, Instant departure) {
}
