package io.vigil.people.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.UUID;

/** A position a person reported (an app check-in, a radio call), the locator's last known position. */
public record PositionReport(UUID id, OfficeId office, PersonId person, Instant at, GeoPoint position,
                             String source) {
    public PositionReport {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.nonNull(person, "person");
        Require.nonNull(at, "at");
        Require.nonNull(position, "position");
        source = Require.text(source, "source", 60);
    }
}
