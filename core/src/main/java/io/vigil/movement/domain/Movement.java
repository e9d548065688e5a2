package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A high-risk movement plan and its log: the route (points in order), the vehicles (the first leads,
 * the last closes the convoy) and drivers, the convoy leader and escort, departure and planned
 * arrival, the passengers, the call-in schedule; then the call-ins received, every overdue episode
 * (opened when a deadline passed, closed by the late call-in) and the arrival.
 */
public record Movement(MovementId id, OfficeId office, long version, String title, List<GeoPoint> route,
                       List<VehicleId> vehicles, List<DriverId> drivers, Optional<PersonId> convoyLeader,
                       Optional<String> escort, Instant departure, Instant arrival, List<PersonId> passengers,
                       CallInSchedule schedule, List<CallIn> callIns, List<OverdueEpisode> episodes,
                       Optional<Instant> arrivedAt, Optional<RouteDecision> routeCheck,
                       Optional<PlanApproval> approval) implements Versioned<MovementId, Movement> {
    /** The most points of a route. */
    public static final int MAX_POINTS = 100;
    /** The most vehicles of one movement (the office's convoy rules may allow fewer). */
    public static final int MAX_VEHICLES = 20;
    /** The most drivers of one movement. */
    public static final int MAX_DRIVERS = 20;
    /** The most passengers of one movement. */
    public static final int MAX_PASSENGERS = 60;
    /** The most call-ins one movement's log keeps: the latest (a call-in beyond drops the oldest). */
    public static final int MAX_CALL_INS = 500;
    /** The most overdue episodes one movement's log keeps: the latest (a new one beyond drops the oldest). */
    public static final int MAX_EPISODES = 100;

    public Movement {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        route = Require.noNulls(route, "route");
        Require.that(route.size() >= 2 && route.size() <= MAX_POINTS, "route",
                "must have 2 to " + MAX_POINTS + " points, had " + route.size());
        vehicles = Require.noNulls(vehicles, "vehicles");
        Require.that(!vehicles.isEmpty() && vehicles.size() <= MAX_VEHICLES, "vehicles",
                "must name 1 to " + MAX_VEHICLES + " vehicles");
        Require.that(vehicles.stream().distinct().count() == vehicles.size(), "vehicles", "must name each vehicle once");
        drivers = Require.noNulls(drivers, "drivers");
        Require.that(drivers.size() <= MAX_DRIVERS, "drivers", "must be at most " + MAX_DRIVERS);
        Require.that(drivers.stream().distinct().count() == drivers.size(), "drivers", "must name each driver once");
        Require.nonNull(convoyLeader, "convoyLeader");
        escort = Require.nonNull(escort, "escort").map(e -> Require.text(e, "escort", 300));
        Require.nonNull(departure, "departure");
        Require.nonNull(arrival, "arrival");
        Require.that(arrival.isAfter(departure), "arrival", "must be after departure");
        passengers = Require.noNulls(passengers, "passengers");
        Require.that(passengers.size() <= MAX_PASSENGERS, "passengers", "must be at most " + MAX_PASSENGERS);
        Require.that(passengers.stream().distinct().count() == passengers.size(), "passengers",
                "must name each person once");
        Require.nonNull(schedule, "schedule");
        callIns = Require.noNulls(callIns, "callIns");
        Require.that(callIns.size() <= MAX_CALL_INS, "callIns", "must be at most " + MAX_CALL_INS);
        episodes = Require.noNulls(episodes, "episodes");
        Require.that(episodes.size() <= MAX_EPISODES, "episodes", "must be at most " + MAX_EPISODES);
        Require.nonNull(arrivedAt, "arrivedAt");
        routeCheck = routeCheck == null ? Optional.empty() : routeCheck;
        approval = approval == null ? Optional.empty() : approval;
    }

    /** A new plan, with an empty log. */
    public static Movement planned(MovementId id, OfficeId office, long version, String title, List<GeoPoint> route,
                                   List<VehicleId> vehicles, List<DriverId> drivers, Optional<PersonId> convoyLeader,
                                   Optional<String> escort, Instant departure, Instant arrival,
                                   List<PersonId> passengers, CallInSchedule schedule) {
        return new Movement(id, office, version, title, route, vehicles, drivers, convoyLeader, escort, departure,
                arrival, passengers, schedule, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This plan's log (call-ins, episodes, arrival) on a changed plan; a change needs approving again. */
    public Movement withLogOf(Movement stored) {
        return new Movement(id, office, version, title, route, vehicles, drivers, convoyLeader, escort, departure,
                arrival, passengers, schedule, stored.callIns, stored.episodes, stored.arrivedAt, routeCheck,
                Optional.empty());
    }

    /** The plan with the area rules' decision on its route. */
    public Movement withRouteCheck(RouteDecision decision) {
        return new Movement(id, office, version, title, route, vehicles, drivers, convoyLeader, escort, departure,
                arrival, passengers, schedule, callIns, episodes, arrivedAt, Optional.of(decision), approval);
    }

    /** Whether the route's decision needs approval and no security officer has given it yet. */
    public boolean awaitingApproval() {
        return routeCheck.map(d -> d.verdict() == PassageOutcome.NEEDS_APPROVAL).orElse(false) && approval.isEmpty();
    }

    /**
     * Records the approval of a plan whose route needs it, with the decision taken again now;
     * refused when that decision denies the route or needs no approval.
     */
    public Outcome<Movement> approve(PlanApproval given, RouteDecision now) {
        if (now.verdict() == PassageOutcome.DENIED) {
            return new Outcome.Refused<>(now.denials());
        }
        if (now.verdict() != PassageOutcome.NEEDS_APPROVAL) {
            return Outcome.refused("movement " + id + " needs no approval: no area rule on its route asks for it");
        }
        return Outcome.done(new Movement(id, office, version, title, route, vehicles, drivers, convoyLeader, escort,
                departure, arrival, passengers, schedule, callIns, episodes, arrivedAt, Optional.of(now),
                Optional.of(given)));
    }

    /** The persons the movement is about: the passengers and the convoy leader. */
    public List<PersonId> persons() {
        return Stream.concat(passengers.stream(), convoyLeader.stream()).distinct().toList();
    }

    /** The last contact: the latest call-in, or the departure before the first. */
    public Instant lastContact() {
        Instant last = departure;
        for (CallIn c : callIns) {
            if (c.at().isAfter(last)) {
                last = c.at();
            }
        }
        return last;
    }

    /** When the next call-in is due. */
    public Instant nextDue() {
        return schedule.dueAfter(lastContact());
    }

    /** When the movement becomes overdue without another call-in. */
    public Instant deadline() {
        return schedule.deadlineAfter(lastContact());
    }

    /** The movement's status at {@code now}. */
    public MovementStatus statusAt(Instant now) {
        if (arrivedAt.isPresent()) {
            return MovementStatus.ARRIVED;
        }
        if (now.isBefore(departure)) {
            return MovementStatus.PLANNED;
        }
        return schedule.overdue(lastContact(), now) ? MovementStatus.OVERDUE : MovementStatus.UNDER_WAY;
    }

    /**
     * Whether the movement is under way at {@code at}: departed by then and not yet arrived (an
     * arrival not recorded counts as not yet, so an overdue movement is still under way).
     */
    public boolean underWayAt(Instant at) {
        return !at.isBefore(departure) && arrivedAt.map(at::isBefore).orElse(true);
    }

    /** Whether the route enters the area: a point of it inside, or a leg between two points crossing it. */
    public boolean passesThrough(GeoArea area) {
        if (route.stream().anyMatch(area::contains)) {
            return true;
        }
        for (int i = 1; i < route.size(); i++) {
            if (area.touchesSegment(route.get(i - 1), route.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The episode still open, if any. */
    public Optional<OverdueEpisode> openEpisode() {
        return episodes.stream().filter(OverdueEpisode::isOpen).findFirst();
    }

    /**
     * The movement as the clock finds it at {@code now}: an overdue movement without an open episode
     * gets one, opened at its deadline; otherwise it is returned as it is.
     */
    public Movement trackedAt(Instant now) {
        if (statusAt(now) != MovementStatus.OVERDUE || openEpisode().isPresent()) {
            return this;
        }
        List<OverdueEpisode> next = new ArrayList<>(episodes);
        if (next.size() >= MAX_EPISODES) {
            next.remove(0); // the log keeps the latest episodes; the oldest is closed, as only one is open
        }
        next.add(OverdueEpisode.open(nextDue(), deadline()));
        return withLog(callIns, next, arrivedAt);
    }

    /**
     * Records a call-in. One that comes after the deadline closes the overdue episode (opening and
     * closing it at once when no sweep had opened it), so the log keeps both. Refused once the
     * movement has arrived or before it departs.
     */
    public Outcome<Movement> callIn(CallIn callIn) {
        if (arrivedAt.isPresent()) {
            return Outcome.refused("movement " + id + " arrived at " + arrivedAt.get() + "; it takes no more call-ins");
        }
        if (callIn.at().isBefore(departure)) {
            return Outcome.refused("movement " + id + " departs at " + departure + "; a call-in at " + callIn.at()
                    + " is before it");
        }
        Movement tracked = trackedAt(callIn.at());
        List<OverdueEpisode> next = tracked.closeOpen(callIn.at());
        List<CallIn> calls = new ArrayList<>(callIns);
        if (calls.size() >= MAX_CALL_INS) {
            calls.remove(0); // the log keeps the latest call-ins; the last contact is the latest of them
        }
        calls.add(callIn);
        return Outcome.done(withLog(calls, next, arrivedAt));
    }

    /** Records the arrival, closing any open episode; refused when already recorded or before departure. */
    public Outcome<Movement> arrive(Instant at) {
        if (arrivedAt.isPresent()) {
            return Outcome.refused("movement " + id + " arrived at " + arrivedAt.get() + " already");
        }
        if (at.isBefore(departure)) {
            return Outcome.refused("movement " + id + " departs at " + departure + "; it cannot arrive at " + at);
        }
        Movement tracked = trackedAt(at);
        return Outcome.done(withLog(callIns, tracked.closeOpen(at), Optional.of(at)));
    }

    /** The episodes with the open one, if any, closed at {@code at}. */
    private List<OverdueEpisode> closeOpen(Instant at) {
        return episodes.stream().map(e -> e.isOpen() ? e.closed(at) : e).toList();
    }

    /** The movement with its open episode replaced by {@code episode}. */
    public Movement withOpenEpisode(OverdueEpisode episode) {
        return withLog(callIns, episodes.stream().map(e -> e.isOpen() ? episode : e).toList(), arrivedAt);
    }

    private Movement withLog(List<CallIn> calls, List<OverdueEpisode> eps, Optional<Instant> arrived) {
        return new Movement(id, office, version, title, route, vehicles, drivers, convoyLeader, escort, departure,
                arrival, passengers, schedule, calls, eps, arrived, routeCheck, approval);
    }

    @Override
    public Movement withVersion(long newVersion) {
        return new Movement(id, office, newVersion, title, route, vehicles, drivers, convoyLeader, escort, departure,
                arrival, passengers, schedule, callIns, episodes, arrivedAt, routeCheck, approval);
    }
}
