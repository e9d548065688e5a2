package io.vigil.movement.port.in;

import io.vigil.movement.domain.MovementId;
import java.time.Instant;

/**
 * A call-in from the field as recorded: the movement it went to, that movement's title (for the
 * caller's acknowledgement; the caller travels on it) and the instant the time given stands for.
 */
public record FieldCallInReceipt(MovementId movement, String title, Instant at) {
}
