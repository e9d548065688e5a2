package io.vigil.travel.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An overnight stop as a caller sends it. */
public record StopDetails(@NotNull @Valid TripPlaceDetails place, @NotNull Instant from, @NotNull Instant to) {
}
