package io.vigil.rest.people;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.PositionReport;
import io.vigil.rest.resource.Identified;
import java.time.Instant;

/** A reported position as the API shows it. */
public record PositionResource(String id, String person, Instant at, GeoPoint position, String source) implements Identified {

    public static PositionResource from(PositionReport r) {
        return new PositionResource(r.id().toString(), r.person().toString(), r.at(), r.position(), r.source());
    }
}
