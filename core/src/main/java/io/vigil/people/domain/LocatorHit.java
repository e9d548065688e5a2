package io.vigil.people.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * One reason a person is, or was, inside the searched area during the searched window.
 *
 * @param source the id of the record behind the hit (residence, mission, position report)
 * @param where  the point that fell inside the area (for a route, the end nearer to it)
 * @param from   when the reason starts to hold
 * @param until  when it stops holding; empty if open-ended
 * @param detail a sentence an officer can read ("flight arriving at Benito Juárez airport")
 */
public record LocatorHit(PersonId person, SightingReason reason, String source, GeoPoint where, Instant from,
                         Optional<Instant> until, String detail) {
    /**
     * The locator's order: by person (their UUID), then time, then reason (in declaration order),
     * then source; written out in one comparison, since a large result sorts many thousand hits.
     */
    public static final Comparator<LocatorHit> ORDER = (a, b) -> {
        int c = a.person().value().compareTo(b.person().value());
        if (c != 0) {
            return c;
        }
        c = a.from().compareTo(b.from());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.reason().ordinal(), b.reason().ordinal());
        return c != 0 ? c : a.source().compareTo(b.source());
    };

    public LocatorHit {
        Require.nonNull(person, "person");
        Require.nonNull(reason, "reason");
        Require.text(source, "source");
        Require.nonNull(where, "where");
        Require.nonNull(from, "from");
        Require.nonNull(until, "until");
        Require.text(detail, "detail");
    }
}
