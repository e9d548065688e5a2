package io.vigil.movement.domain;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.AreaPassage;
import io.vigil.kernel.passage.Findings;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.kernel.passage.Restriction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A movement plan's route against the restricted areas, at the time of passage, as a pure policy
 * over the rules of passage the travel clearance uses ({@link AreaPassage}): an area counts when its
 * rules are in force at some time between departure and arrival and the route enters it (a point
 * inside, or a leg crossing it). A forbidden area denies; one needing clearance needs approval; one
 * needing an escort needs approval unless the plan declares its escort; a daylight-only area denies
 * a departure or arrival outside sunrise to sunset at the route's end points on that local date.
 */
public final class RouteRules {
    private static final Map<Restriction, String> CLEAR = Map.of(
            Restriction.FORBIDDEN, "no area on the route forbids movement at the time of passage",
            Restriction.CLEARANCE_NEEDED, "no area on the route needs clearance at the time of passage",
            Restriction.ESCORT_NEEDED, "no area on the route needs an escort at the time of passage",
            Restriction.DAYLIGHT_ONLY, "no area on the route is daylight only at the time of passage");

    private RouteRules() {
    }

    /** The decision on the movement's route at {@code at}, with the areas in force and the office's zone. */
    public static RouteDecision decide(Movement m, List<RestrictedArea> areas, ZoneId zone, Instant at) {
        Map<Restriction, Findings> found = new EnumMap<>(Restriction.class);
        for (Restriction r : Restriction.values()) {
            found.put(r, new Findings());
        }
        GeoPoint start = m.route().get(0);
        GeoPoint end = m.route().get(m.route().size() - 1);
        AreaPassage.Move move = new AreaPassage.Move("from " + place(start), start, m.departure(), place(end), end,
                m.arrival());
        for (RestrictedArea area : areas) {
            if (!area.inForceDuring(m.departure(), m.arrival()) || !m.passesThrough(area.area())) {
                continue;
            }
            String what = "the route passes through " + area.label();
            for (Restriction r : area.orderedRules()) {
                AreaPassage.onMove(r, what, m.escort(), "the plan", move, zone, found.get(r));
            }
        }
        List<RouteCheck> checks = new ArrayList<>();
        for (Restriction r : Restriction.values()) {
            Findings f = found.get(r);
            checks.add(new RouteCheck(r, f.outcome(), f.isEmpty() ? List.of(CLEAR.get(r)) : f.reasons()));
        }
        PassageOutcome verdict = checks.stream().map(RouteCheck::outcome).max(Enum::compareTo).orElseThrow();
        return new RouteDecision(verdict, checks, at);
    }

    private static String place(GeoPoint p) {
        return String.format(Locale.ROOT, "(%.5f, %.5f)", p.latitude(), p.longitude());
    }
}
