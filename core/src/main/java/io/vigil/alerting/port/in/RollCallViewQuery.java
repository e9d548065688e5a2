package io.vigil.alerting.port.in;

import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.paging.PageRequest;
import java.util.Optional;

/**
 * Which persons of a roll-call an officer's view lists: of one state, of one zone (or, with
 * {@code noZone}, those living in no zone), changed since a cursor, one page of them (at most
 * {@link PageRequest#MAX_LIMIT}). The view's counts always cover every affected person.
 */
public record RollCallViewQuery(Optional<State> state, Optional<WardenZoneId> zone, boolean noZone,
                                Optional<RollCallCursor> changedSince, PageRequest page) {
    /** The key {@link RollCallView#byZone} and the zone filter use for persons living in no warden zone. */
    public static final String NO_ZONE = "_none";

    public RollCallViewQuery {
        Require.nonNull(state, "state");
        Require.nonNull(zone, "zone");
        Require.that(!(noZone && zone.isPresent()), "zone", "names one zone or no zone, not both");
        Require.nonNull(changedSince, "changedSince");
        Require.nonNull(page, "page");
    }

    /** Every person, one page. */
    public static RollCallViewQuery all(PageRequest page) {
        return new RollCallViewQuery(Optional.empty(), Optional.empty(), false, Optional.empty(), page);
    }

    /** Whether a person of this zone passes the zone filter. */
    public boolean zoneMatches(Optional<WardenZoneId> of) {
        return noZone ? of.isEmpty() : zone.map(z -> of.equals(Optional.of(z))).orElse(true);
    }
}
