package io.vigil.movement.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.Optional;

/**
 * One call-in of a movement: when it came, who called ({@code by}: the driver, the convoy leader,
 * the radio room), where they were, and the Vigil user who recorded it.
 */
public record CallIn(Instant at, String by, Optional<GeoPoint> where, Optional<String> note, String recordedBy) {
    public CallIn {
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        Require.nonNull(where, "where");
        note = Require.nonNull(note, "note").map(n -> Require.text(n, "note", 500));
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
    }
}
