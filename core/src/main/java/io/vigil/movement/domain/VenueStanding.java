package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.UUID;

/** What the risk context's assessment of a venue says, as a visit's readiness reads it: name, place, validity. */
public record VenueStanding(UUID id, String name, GeoPoint location, Instant validUntil) {
    public VenueStanding {
        Require.nonNull(id, "id");
        name = Require.text(name, "name", 200);
        Require.nonNull(location, "location");
        Require.nonNull(validUntil, "validUntil");
    }
}
