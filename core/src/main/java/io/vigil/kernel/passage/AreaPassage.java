package io.vigil.kernel.passage;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of passage through restricted areas, as a pure policy that the travel clearance and the
 * movement plans share: a forbidden area denies, one needing clearance asks for approval, one needing
 * an escort asks for it unless the escort is declared, and a daylight-only area denies a move that
 * departs or arrives outside sunrise to sunset at its end points on that local date (office time zone).
 */
public final class AreaPassage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AreaPassage() {
    }

    /**
     * A move from one place to another: where it departs and arrives, and when.
     *
     * @param from the name of the place of departure, as reasons show it
     * @param to   the name of the place of arrival
     */
    public record Move(String from, GeoPoint fromPoint, Instant departure, String to, GeoPoint toPoint,
                       Instant arrival) {
        public Move {
            Require.nonNull(from, "from");
            Require.nonNull(fromPoint, "fromPoint");
            Require.nonNull(departure, "departure");
            Require.nonNull(to, "to");
            Require.nonNull(toPoint, "toPoint");
            Require.nonNull(arrival, "arrival");
        }
    }

    /** The instant as reasons show it: local date and time in the zone, and the zone. */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /**
     * Applies one rule of an area to a move through it.
     *
     * @param what     the move and the area, as the reasons begin ("road leg 1 (A to B) passes through 'X'")
     * @param escort   the escort the request or plan declares, if any
     * @param declarer who declares the escort, as reasons name it ("the request", "the plan")
     */
    public static void onMove(Restriction rule, String what, Optional<String> escort, String declarer, Move move,
                              ZoneId zone, Findings into) {
        switch (rule) {
            case FORBIDDEN -> into.deny(what + ", where movement is forbidden");
            case CLEARANCE_NEEDED -> into.ask(what + ", where movement needs clearance");
            case ESCORT_NEEDED -> escort(what, escort, declarer, into);
            case DAYLIGHT_ONLY -> daylight(what, move, zone, into);
        }
    }

    /**
     * Applies one rule of an area to a stay in it; a daylight-only rule is checked on the moves that
     * go there, so a stay keeps it.
     */
    public static void onStay(Restriction rule, String what, Optional<String> escort, String declarer,
                              Findings into) {
        switch (rule) {
            case FORBIDDEN -> into.deny(what + ", where movement is forbidden");
            case CLEARANCE_NEEDED -> into.ask(what + ", where movement needs clearance");
            case ESCORT_NEEDED -> escort(what, escort, declarer, into);
            case DAYLIGHT_ONLY -> into.pass(what + ", daylight only: checked on the legs that move there");
        }
    }

    private static void escort(String what, Optional<String> escort, String declarer, Findings into) {
        if (escort.isPresent()) {
            into.pass(what + ", where an escort is needed; " + declarer + " declares its escort: " + escort.get());
        } else {
            into.ask(what + ", where an escort is needed, and " + declarer + " declares none");
        }
    }

    private static void daylight(String what, Move move, ZoneId zone, Findings into) {
        List<String> dark = new ArrayList<>();
        dark(move.fromPoint(), move.departure(), "departs " + move.from(), zone).ifPresent(dark::add);
        dark(move.toPoint(), move.arrival(), "arrives in " + move.to(), zone).ifPresent(dark::add);
        if (dark.isEmpty()) {
            into.pass(what + ", daylight only: it departs and arrives between sunrise and sunset");
        } else {
            into.deny(what + ", daylight only: it " + String.join(", and ", dark));
        }
    }

    /** Why the instant is not between sunrise and sunset at the point, naming both times; empty when it is. */
    private static Optional<String> dark(GeoPoint point, Instant at, String doing, ZoneId zone) {
        Optional<Daylight.Window> day = Daylight.on(point, at.atZone(zone).toLocalDate(), zone);
        if (day.isEmpty()) {
            return Optional.of(doing + " at " + time(at, zone) + ", on a day the sun does not rise there");
        }
        Daylight.Window w = day.get();
        if (at.isBefore(w.sunrise())) {
            return Optional.of(doing + " at " + time(at, zone) + ", before sunrise there at " + time(w.sunrise(), zone));
        }
        if (at.isAfter(w.sunset())) {
            return Optional.of(doing + " at " + time(at, zone) + ", after sunset there at " + time(w.sunset(), zone));
        }
        return Optional.empty();
    }
}
