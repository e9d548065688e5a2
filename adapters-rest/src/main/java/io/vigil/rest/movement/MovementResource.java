package io.vigil.rest.movement;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.passage.PassageOutcome;
import io.vigil.kernel.passage.Restriction;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.domain.OverdueEpisode;
import io.vigil.movement.domain.PlanApproval;
import io.vigil.movement.domain.RouteDecision;
import io.vigil.movement.domain.VehicleId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/**
 * A movement plan as the API shows it, with its status at the time of the request, the next
 * call-in's due time and deadline, and its log: every call-in and every overdue episode.
 */
public record MovementResource(String id, String office, long version, String title, List<GeoPoint> route,
                               List<VehicleId> vehicles, List<DriverId> drivers, PersonId convoyLeader, String escort,
                               Instant departure, Instant arrival, List<PersonId> passengers, int callInEveryMinutes,
                               int callInGraceMinutes, MovementStatus status, Instant nextCallInDue,
                               Instant overdueAfter, List<CallInResource> callIns, List<EpisodeResource> episodes,
                               Instant arrivedAt, PlanRouteCheck routeCheck, boolean awaitingApproval,
                               GivenApproval approval) implements Identified {

    /** The movement at {@code now}. */
    public static MovementResource from(Movement m, Instant now) {
        return new MovementResource(m.id().toString(), m.office().value(), m.version(), m.title(), m.route(),
                m.vehicles(), m.drivers(), m.convoyLeader().orElse(null), m.escort().orElse(null), m.departure(),
                m.arrival(), m.passengers(), m.schedule().everyMinutes(), m.schedule().graceMinutes(), m.statusAt(now),
                m.arrivedAt().isPresent() ? null : m.nextDue(), m.arrivedAt().isPresent() ? null : m.deadline(),
                m.callIns().stream().map(CallInResource::from).toList(),
                m.episodes().stream().map(EpisodeResource::from).toList(), m.arrivedAt().orElse(null),
                m.routeCheck().map(PlanRouteCheck::from).orElse(null), m.awaitingApproval(),
                m.approval().map(GivenApproval::from).orElse(null));
    }

    /**
     * The area rules' decision on the route when the plan was stored or approved: the verdict (PASSED,
     * NEEDS_APPROVAL) and the four checks in order (FORBIDDEN, CLEARANCE_NEEDED, ESCORT_NEEDED,
     * DAYLIGHT_ONLY), each with its outcome and reasons.
     */
    public record PlanRouteCheck(PassageOutcome verdict, List<PlanRuleCheck> checks, Instant decidedAt) {
        static PlanRouteCheck from(RouteDecision d) {
            return new PlanRouteCheck(d.verdict(), d.checks().stream()
                    .map(c -> new PlanRuleCheck(c.rule(), c.outcome(), c.reasons())).toList(), d.decidedAt());
        }
    }

    /** One check of the route against one kind of area rule. */
    public record PlanRuleCheck(Restriction rule, PassageOutcome outcome, List<String> reasons) {
    }

    /** The security officer's approval of the plan: who, when, why. */
    public record GivenApproval(String by, Instant at, String reason) {
        static GivenApproval from(PlanApproval a) {
            return new GivenApproval(a.by(), a.at(), a.reason());
        }
    }

    /** One call-in: when, who called, where, the note, and who recorded it. */
    public record CallInResource(Instant at, String by, GeoPoint where, String note, String recordedBy) {
        static CallInResource from(CallIn c) {
            return new CallInResource(c.at(), c.by(), c.where().orElse(null), c.note().orElse(null), c.recordedBy());
        }
    }

    /** One overdue episode: the call-in due, the deadline passed, who was told when, and when it closed. */
    public record EpisodeResource(Instant due, Instant since, Instant officerAlertedAt, Instant leaderAlertedAt,
                                  Instant closedAt) {
        static EpisodeResource from(OverdueEpisode e) {
            return new EpisodeResource(e.due(), e.since(), e.officerAlertedAt().orElse(null),
                    e.leaderAlertedAt().orElse(null), e.closedAt().orElse(null));
        }
    }
}
