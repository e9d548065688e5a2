package io.vigil.rest.movement;

import io.javalin.http.HandlerType;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.ArrivalDetails;
import io.vigil.movement.port.in.PlanApprovalDetails;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.DriverDetails;
import io.vigil.movement.port.in.MedevacPlanDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.RiverOptionDetails;
import io.vigil.movement.port.in.RoadIncidentDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The movement context's routes: movement plans (with call-ins, arrival and the escalation sweep),
 * vehicles, drivers, river transport options, MEDEVAC plans, road incidents and the office's
 * movement settings, and the protective operations ({@link VisitApi}).
 */
public final class MovementApi implements RouteSet {
    private static final String BASE = "/api/v1/movement";
    private static final String TAG = "Movement";

    private final MovementUseCases movement;
    private final ManageOfficesUseCase offices;
    private final Clock clock;

    /**
     * The routes over the movement use cases; {@code clock} gives the status shown, on the day of the
     * office's zone from its profile (UTC for an office without one).
     */
    public MovementApi(MovementUseCases movement, ManageOfficesUseCase offices, Clock clock) {
        this.movement = movement;
        this.offices = offices;
        this.clock = clock;
    }

    private LocalDate today(OfficeId office) {
        return LocalDate.ofInstant(clock.instant(), offices.zoneOf(office).orElse(ZoneOffset.UTC));
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        Crud<MovementId, MovementDetails, Movement, MovementResource> movements = new Crud<>(http,
                BASE + "/movements", TAG, "movement", MovementDetails.class, MovementResource.class, MovementId::of,
                m -> MovementResource.from(m, clock.instant()), Movement::version);
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/movements/escalations", TAG,
                        "The sweep: open the episode of every overdue movement of the office and send the escalations"
                                + " now due (the officer on call at once, the crisis team leader after the office's"
                                + " delay); none is sent twice")
                .returns(EscalationReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, movement.movements().escalateAll(actor))));
        routes.addAll(movements.routes(movement.movements()));
        routes.addAll(new VisitApi(movement.visits()).routes(http));
        routes.add(ApiRoute.route(HandlerType.POST, movements.item() + "/call-ins", TAG,
                        "Record a call-in (who called, when: default now, where); a late one closes the overdue"
                                + " episode, and the log keeps both")
                .body(CallInDetails.class).returns(MovementResource.class)
                .handle((ctx, actor) -> {
                    MovementId id = movements.id(ctx);
                    movements.sendOne(ctx, 200, movement.movements().callIn(actor, id,
                            http.body(ctx, CallInDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, movements.item() + "/arrival", TAG,
                        "Record the movement's arrival (default now), which ends its tracking")
                .body(ArrivalDetails.class).returns(MovementResource.class)
                .handle((ctx, actor) -> {
                    MovementId id = movements.id(ctx);
                    movements.sendOne(ctx, 200, movement.movements().arrive(actor, id,
                            http.body(ctx, ArrivalDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, movements.item() + "/approve", TAG,
                        "Approve a plan whose route needs it (an area needing clearance, or an escort the plan does"
                                + " not declare); the security officer's act, decided again at once")
                .body(PlanApprovalDetails.class).returns(MovementResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    MovementId id = movements.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    movements.sendOne(ctx, 200, movement.movements().approve(actor, id, expected,
                            http.body(ctx, PlanApprovalDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, movements.item() + "/escalate", TAG,
                        "Open this movement's overdue episode if its deadline passed and send the escalations now due")
                .returns(EscalationReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, movement.movements().escalate(actor, movements.id(ctx)))));
        routes.addAll(new Crud<VehicleId, VehicleDetails, Vehicle, VehicleResource>(http, BASE + "/vehicles", TAG,
                "vehicle", VehicleDetails.class, VehicleResource.class, VehicleId::of,
                v -> VehicleResource.from(v, today(v.office())), Vehicle::version).routes(movement.vehicles()));
        routes.addAll(new Crud<DriverId, DriverDetails, Driver, DriverResource>(http, BASE + "/drivers", TAG,
                "driver", DriverDetails.class, DriverResource.class, DriverId::of,
                d -> DriverResource.from(d, today(d.office())), Driver::version).routes(movement.drivers()));
        routes.addAll(new Crud<RiverOptionId, RiverOptionDetails, RiverOption, RiverOptionResource>(http,
                BASE + "/river-options", TAG, "river option", RiverOptionDetails.class, RiverOptionResource.class,
                RiverOptionId::of, o -> RiverOptionResource.from(o, today(o.office())), RiverOption::version)
                .routes(movement.riverOptions()));
        routes.addAll(new Crud<MedevacPlanId, MedevacPlanDetails, MedevacPlan, MedevacPlanResource>(http,
                BASE + "/medevac-plans", TAG, "MEDEVAC plan", MedevacPlanDetails.class, MedevacPlanResource.class,
                MedevacPlanId::of, p -> MedevacPlanResource.from(p, today(p.office())), MedevacPlan::version)
                .routes(movement.medevacPlans()));
        routes.addAll(new Crud<RoadIncidentId, RoadIncidentDetails, RoadIncident, RoadIncidentResource>(http,
                BASE + "/road-incidents", TAG, "road incident", RoadIncidentDetails.class, RoadIncidentResource.class,
                RoadIncidentId::of, RoadIncidentResource::from, RoadIncident::version)
                .routes(movement.roadIncidents()));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/deployment", TAG,
                        "Deployment numbers at an instant, per warden zone: the office's persons present there"
                                + " (residence, itinerary, hotel stay, reported position) and travelling through it"
                                + " on a movement under way; named for readers of the office's movements (audited"
                                + " naming them), counts only for managers")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(DeploymentResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, DeploymentResource.from(movement.deployment()
                        .deployment(actor, Http.instantParam(ctx, "at").orElseGet(clock::instant))))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/settings", TAG,
                        "The office's movement settings (version 0: the standard ones)")
                .returns(MovementSettingsResource.class)
                .handle((ctx, actor) -> {
                    MovementSettingsResource s = MovementSettingsResource.from(movement.settings().get(actor));
                    Http.etag(ctx, s.version());
                    http.send(ctx, 200, s);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/settings", TAG,
                        "Set the office's time zone, the crisis team leader's delay and the convoy rules")
                .body(MovementSettingsDetails.class).returns(MovementSettingsResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    MovementSettingsResource s = MovementSettingsResource.from(movement.settings().set(actor,
                            expected, http.body(ctx, MovementSettingsDetails.class)));
                    Http.etag(ctx, s.version());
                    http.send(ctx, 200, s);
                }));
        return routes;
    }
}
