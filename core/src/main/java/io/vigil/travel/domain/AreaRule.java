package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A restricted area's movement rules as the travel rules read them: where, which, why, and when they hold. */
public record AreaRule(Outline outline, Set<Restriction> rules, String reason, Instant validFrom,
                       Optional<Instant> validTo) {
    public AreaRule {
        Require.nonNull(outline, "outline");
        Require.nonNull(rules, "rules");
        Require.that(!rules.isEmpty(), "rules", "must name a rule");
        rules = Set.copyOf(EnumSet.copyOf(rules));
        reason = reason == null ? "" : reason.strip();
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
    }

    /** Whether the rules hold at some instant from {@code from} to {@code to} (both included). */
    public boolean inForceDuring(Instant from, Instant to) {
        return !validFrom.isAfter(to) && validTo.map(from::isBefore).orElse(true);
    }

    /** Whether the point lies in the area. */
    public boolean contains(GeoPoint point) {
        return outline.area().contains(point);
    }

    /** Whether the straight line between the points touches the area. */
    public boolean crosses(GeoPoint from, GeoPoint to) {
        return outline.area().touchesSegment(from, to);
    }
}
