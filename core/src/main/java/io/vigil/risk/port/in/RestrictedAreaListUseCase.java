package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;

/**
 * The published list of restricted and high-risk areas: what every member of the office must know
 * (names, movement rules, validity, reason), read as it stands whenever it is asked for.
 */
public interface RestrictedAreaListUseCase {
    /** The office's areas in force at {@code at}, by name (at most the office's areas); audited. */
    List<AreaInForce> inForce(Actor actor, Instant at);
}
