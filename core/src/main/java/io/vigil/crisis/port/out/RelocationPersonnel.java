package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.EvacuationList;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: the persons a relocation list is built from, read as the actor through the people
 * context (the wiring adapts its locator and person cards; their access rules and audit apply).
 */
public interface RelocationPersonnel {
    /**
     * Every person of the actor's office the locator places inside the outline at the instant, with
     * their name, category, household (their sponsor for a dependent, themself otherwise) and where
     * they were found, each once; at most {@code limit + 1} of them, so that a caller can tell an
     * area holding more than it takes.
     */
    List<EvacuationList.Candidate> present(Actor actor, List<GeoPoint> outline, Instant at, int limit);

    /**
     * The outline of a warden zone of the actor's office; an invalid command naming {@code field}
     * when the office has no such zone.
     */
    List<GeoPoint> zoneOutline(Actor actor, WardenZoneId zone, String field);
}
