package io.vigil.rest.travel;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.PageResource;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.port.in.AirOperatorDetails;
import io.vigil.travel.port.in.ClearanceCounts;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.DecisionDetails;
import io.vigil.travel.port.in.FairnessReport;
import io.vigil.travel.port.in.RedecideResult;
import io.vigil.travel.port.in.TrainingRisks;
import io.vigil.travel.port.in.TravelPolicyDetails;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.in.WaiverDetails;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The travel context's routes: clearances (submit, read, list, counts, decide, re-decide), the
 * assessed air operators, training waivers, the office's travel settings, the fairness report and
 * the planned trips failing on training.
 */
public final class TravelApi implements RouteSet {
    /** The base path of every travel route. */
    public static final String BASE = "/api/v1/travel";
    /** The report of planned trips that will fail on training, linked from the awareness compliance report. */
    public static final String TRAINING_REPORT = BASE + "/reports/training";
    private static final String TAG = "Travel";
    private static final String CLEARANCES = BASE + "/clearances";

    private final TravelUseCases travel;
    private final Clock clock;

    /** The routes over the travel use cases; {@code clock} gives the default instants. */
    public TravelApi(TravelUseCases travel, Clock clock) {
        this.travel = travel;
        this.clock = clock;
    }

    private static Instant required(Context ctx, String name) {
        return Http.instantParam(ctx, name).orElseThrow(() -> InvalidCommandException.of(name,
                "must be given, as an ISO-8601 instant such as 2026-03-01T12:00:00Z"));
    }

    private void sendClearance(Http http, Context ctx, int status, Clearance c) throws IOException {
        Http.etag(ctx, c.version());
        http.send(ctx, status, ClearanceResource.from(c));
    }

    private static ClearanceId clearanceId(Context ctx) {
        return Http.id(ctx, "id", ClearanceId::of, "clearance");
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, CLEARANCES, TAG,
                        "Submit a clearance request; the rules decide it at once and list every check with its reason")
                .body(ClearanceDetails.class).returns(ClearanceResource.class).status(201)
                .handle((ctx, actor) -> {
                    Clearance c = travel.clearances().submit(actor, http.body(ctx, ClearanceDetails.class));
                    ctx.header("Location", CLEARANCES + "/" + c.id());
                    sendClearance(http, ctx, 201, c);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, CLEARANCES, TAG,
                        "The clearances the caller may read, latest first: a traveller's own, every one for security"
                                + " staff (managers: see the counts)")
                .returnsPage(ClearanceResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(travel.clearances().list(actor,
                        http.page(ctx)), ClearanceResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, CLEARANCES + "/counts", TAG,
                        "How many clearances were submitted in a period, by status (names nobody)")
                .query("from", "string", "date-time", "the start of the period (included)")
                .query("to", "string", "date-time", "the end of the period (excluded)")
                .returns(ClearanceCounts.class)
                .handle((ctx, actor) -> http.send(ctx, 200, travel.clearances().counts(actor, required(ctx, "from"),
                        required(ctx, "to")))));
        routes.add(ApiRoute.route(HandlerType.GET, CLEARANCES + "/{id}", TAG, "Read a clearance with its decisions")
                .returns(ClearanceResource.class)
                .handle((ctx, actor) -> sendClearance(http, ctx, 200, travel.clearances().get(actor, clearanceId(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, CLEARANCES + "/{id}/decision", TAG,
                        "A security officer approves, denies or escalates a clearance, with a reason (never a"
                                + " traveller on it)")
                .body(DecisionDetails.class).returns(ClearanceResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    ClearanceId id = clearanceId(ctx);
                    long expected = Http.ifMatch(ctx);
                    sendClearance(http, ctx, 200, travel.clearances().decide(actor, id, expected,
                            http.body(ctx, DecisionDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/redecide", TAG,
                        "Decide again every clearance whose trip has not ended; revoke those the rules now deny and"
                                + " tell their travellers and the officer on call")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(RedecideResult.class)
                .handle((ctx, actor) -> http.send(ctx, 200, travel.clearances().redecide(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant), "requested by " + actor.subject()))));
        routes.addAll(new Crud<AirOperatorId, AirOperatorDetails, AirOperator, AirOperatorResource>(http,
                BASE + "/air-operators", TAG, "air operator", AirOperatorDetails.class, AirOperatorResource.class,
                AirOperatorId::of, AirOperatorResource::from, AirOperator::version).routes(travel.operators()));
        routes.addAll(new Crud<WaiverId, WaiverDetails, Waiver, WaiverResource>(http, BASE + "/waivers", TAG, "waiver",
                WaiverDetails.class, WaiverResource.class, WaiverId::of, WaiverResource::from, Waiver::version)
                .routes(travel.waivers()));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/policy", TAG,
                        "The office's travel settings (version 0: the standard ones)")
                .returns(TravelPolicyResource.class)
                .handle((ctx, actor) -> {
                    TravelPolicyResource p = TravelPolicyResource.from(travel.policy().get(actor));
                    Http.etag(ctx, p.version());
                    http.send(ctx, 200, p);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/policy", TAG,
                        "Set the office's time zone, the most personnel on one flight and the lead time in days")
                .body(TravelPolicyDetails.class).returns(TravelPolicyResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    TravelPolicyResource p = TravelPolicyResource.from(travel.policy().set(actor, expected,
                            http.body(ctx, TravelPolicyDetails.class)));
                    Http.etag(ctx, p.version());
                    http.send(ctx, 200, p);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/reports/fairness", TAG,
                        "Decisions on the clearances submitted in a period by category, unit and outcome, the time"
                                + " to a decision, and every manual decision that differed from the rules")
                .query("from", "string", "date-time", "the start of the period (included)")
                .query("to", "string", "date-time", "the end of the period (excluded; at most 366 days)")
                .returns(FairnessReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, travel.reports().fairness(actor, required(ctx, "from"),
                        required(ctx, "to")))));
        routes.add(ApiRoute.route(HandlerType.GET, TRAINING_REPORT, TAG,
                        "Planned trips departing in the next 30 days that will fail on training (or hold only"
                                + " through a waiver)")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(TrainingRisks.class)
                .handle((ctx, actor) -> http.send(ctx, 200, travel.reports().trainingFailures(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)))));
        return routes;
    }
}
