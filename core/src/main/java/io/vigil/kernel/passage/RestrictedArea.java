package io.vigil.kernel.passage;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A restricted area's movement rules as the rules of passage read them (the travel clearance and the
 * movement plans alike): its name and outline, which rules, why, and when they hold.
 */
public record RestrictedArea(String name, List<GeoPoint> outline, Set<Restriction> rules, String reason,
                             Instant validFrom, Optional<Instant> validTo) {
    public RestrictedArea {
        name = Require.text(name, "name", 200);
        outline = Require.noNulls(outline, "outline");
        GeoArea.polygon(outline);
        Require.nonNull(rules, "rules");
        Require.that(!rules.isEmpty(), "rules", "must name a rule");
        rules = Set.copyOf(EnumSet.copyOf(rules));
        reason = reason == null ? "" : reason.strip();
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
    }

    /**
     * The area from the risk context's plain values, keeping the rules this version knows by name;
     * empty when it names none of them (an area with no rule of passage restricts no passage).
     */
    public static Optional<RestrictedArea> of(String name, List<GeoPoint> outline, Collection<String> ruleNames,
                                              String reason, Instant validFrom, Optional<Instant> validTo) {
        Set<Restriction> rules = EnumSet.noneOf(Restriction.class);
        for (String r : ruleNames) {
            Arrays.stream(Restriction.values()).filter(x -> x.name().equals(r)).forEach(rules::add);
        }
        return rules.isEmpty() ? Optional.empty()
                : Optional.of(new RestrictedArea(name, outline, rules, reason, validFrom, validTo));
    }

    /** The rules in their fixed order (that of {@link Restriction}). */
    public List<Restriction> orderedRules() {
        return List.copyOf(EnumSet.copyOf(rules));
    }

    /** The area's outline as geometry. */
    public GeoArea area() {
        return GeoArea.polygon(outline);
    }

    /** The area as reasons name it: {@code 'name'} and its reason in brackets, if any. */
    public String label() {
        return "'" + name + "'" + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    /** Whether the rules hold at some instant from {@code from} to {@code to} (both included). */
    public boolean inForceDuring(Instant from, Instant to) {
        return !validFrom.isAfter(to) && validTo.map(from::isBefore).orElse(true);
    }

    /** Whether the point lies in the area. */
    public boolean contains(GeoPoint point) {
        return area().contains(point);
    }

    /** Whether the straight line between the points touches the area. */
    public boolean crosses(GeoPoint from, GeoPoint to) {
        return area().touchesSegment(from, to);
    }
}
