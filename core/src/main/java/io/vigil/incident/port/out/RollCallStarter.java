package io.vigil.incident.port.out;

import io.vigil.incident.domain.NoticeChannel;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Outbound port: starts a roll-call over an area (the alerting context's use case, as the actor:
 * its own access rules and refusals apply) and answers the roll-call's id.
 */
public interface RollCallStarter {
    /** Starts the roll-call; returns its id. */
    String start(Actor actor, String description, List<GeoPoint> outline, Instant at, Set<NoticeChannel> channels);
}
