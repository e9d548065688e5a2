package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A restricted or high-risk area: an outline, the movement rules inside it, and when they hold. */
public record RestrictedArea(RestrictedAreaId id, OfficeId office, long version, String name, List<GeoPoint> outline,
                             Set<MovementRule> rules, String reason, Instant validFrom, Optional<Instant> validTo)
        implements Versioned<RestrictedAreaId, RestrictedArea> {

    public RestrictedArea {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        outline = List.copyOf(Require.nonNull(outline, "outline"));
        GeoArea.polygon(outline);
        Require.nonNull(rules, "rules");
        Require.that(!rules.isEmpty(), "rules", "must name at least one movement rule");
        rules = Set.copyOf(EnumSet.copyOf(rules));
        reason = reason == null ? "" : reason.strip();
        Require.that(reason.length() <= 2000, "reason", "must be at most 2000 characters");
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
        Require.that(validTo.map(validFrom::isBefore).orElse(true), "validTo", "must be after validFrom");
    }

    /** The area as geometry. */
    public GeoArea area() {
        return GeoArea.polygon(outline);
    }

    /** The outline's bounding box. */
    public GeoBox bounds() {
        return GeoBox.around(outline);
    }

    /** Whether the rules hold at that instant. */
    public boolean inForceAt(Instant at) {
        return !at.isBefore(validFrom) && validTo.map(at::isBefore).orElse(true);
    }

    /**
     * Whether the rules apply to someone at {@code route}'s only point, or moving along its
     * segments, at {@code at}.
     */
    public boolean appliesTo(List<GeoPoint> route, Instant at) {
        if (!inForceAt(at) || route.isEmpty()) {
            return false;
        }
        GeoArea area = area();
        if (route.size() == 1) {
            return area.contains(route.get(0));
        }
        for (int i = 1; i < route.size(); i++) {
            if (area.touchesSegment(route.get(i - 1), route.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RestrictedArea withVersion(long newVersion) {
        return new RestrictedArea(id, office, newVersion, name, outline, rules, reason, validFrom, validTo);
    }
}
