package io.vigil.rest.people;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.SightingReason;
import io.vigil.people.port.in.LocatorResult;
import java.time.Instant;
import java.util.List;

/**
 * The locator's answer: the distinct persons found and every hit with its reason; and the residents
 * of the area whose stays in the country show them abroad at {@code to} ({@code abroad}).
 */
public record LocatorResource(Instant from, Instant to, int personCount, List<Hit> hits, List<Abroad> abroad) {

    /** A resident of the area abroad at the window's end: their residence, and when they last left. */
    public record Abroad(String person, String residence, String detail, GeoPoint where, Instant departed) {
        static Abroad from(LocatorResult.Abroad a) {
            return new Abroad(a.person().toString(), a.residence().source(), a.residence().place(),
                    a.residence().point(), a.departed().orElse(null));
        }
    }

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
                r.hits().stream().map(Hit::from).toList(), r.abroad().stream().map(Abroad::from).toList());
    }
}
