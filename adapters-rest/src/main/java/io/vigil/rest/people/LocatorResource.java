package io.vigil.rest.people;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.SightingReason;
import io.vigil.people.port.in.LocatorResult;
import java.time.Instant;
import java.util.List;

/** The locator's answer: the distinct persons found and every hit with its reason. */
public record LocatorResource(Instant from, Instant to, int personCount, List<Hit> hits) {

    /** One reason a person is in the area. */
    public record Hit(String person, SightingReason reason, String source, GeoPoint where, Instant from,
                      Instant until, String detail) {
        static Hit from(LocatorHit h) {
            return new Hit(h.person().toString(), h.reason(), h.source(), h.where(), h.from(), h.until().orElse(null),
                    h.detail());
        }
    }

    public static LocatorResource from(LocatorResult r) {
        return new LocatorResource(r.window().from(), r.window().to(), r.persons().size(),
                r.hits().stream().map(Hit::from).toList());
    }
}
