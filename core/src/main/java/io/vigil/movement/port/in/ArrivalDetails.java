package io.vigil.movement.port.in;

import java.time.Instant;

/** A movement's arrival: when (default now; never in the future). */
public record ArrivalDetails(Instant at) {
}
