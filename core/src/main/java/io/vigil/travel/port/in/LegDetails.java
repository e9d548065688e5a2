package io.vigil.travel.port.in;

import io.vigil.travel.domain.TransportMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A leg as a caller sends it; an air leg names its operator's code and its flight number, and may end
 * in an airside transit (the traveller changes planes without leaving the airport).
 */
public record LegDetails(@NotNull TransportMode mode, @NotNull @Valid TripPlaceDetails from, @NotNull @Valid TripPlaceDetails to,
                         @NotNull Instant departure, @NotNull Instant arrival, @Size(max = 20) String operator,
                         @Size(max = 20) String flight, Boolean airsideTransit) {
}
