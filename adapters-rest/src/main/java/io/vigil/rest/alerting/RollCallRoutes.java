package io.vigil.rest.alerting;

import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.AnswerOnBehalfDetails;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallsUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import java.util.ArrayList;
import java.util.List;

/** Roll-calls: start one from an incident, follow it live, answer, and sweep the escalations that are due. */
final class RollCallRoutes {
    private static final String TAG = "Roll-calls";
    private static final String BASE = "/api/v1/roll-calls";
    private static final String ITEM = BASE + "/{id}";
    private static final String GEO_JSON = "application/geo+json";

    private final Http http;
    private final RollCallsUseCase rollCalls;
    private final CommunicationTestsUseCase tests;

    RollCallRoutes(Http http, RollCallsUseCase rollCalls, CommunicationTestsUseCase tests) {
        this.http = http;
        this.rollCalls = rollCalls;
        this.tests = tests;
    }

    List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, BASE, TAG,
                        "Start a roll-call: everyone the locator finds in the area is asked \"are you safe?\"")
                .operationId("startRollCall")
                .body(RollCallDetails.class).returns(RollCallResource.class).status(201)
                .handle((ctx, actor) -> {
                    CommunicationTest started = rollCalls.start(actor, http.body(ctx, RollCallDetails.class));
                    ctx.header("Location", BASE + "/" + started.id());
                    http.send(ctx, 201, RollCallResource.from(rollCalls.status(actor, started.id())));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, ITEM, TAG,
                        "The roll-call now: each person's state (safe, needs help, awaiting, with warden, with"
                                + " officer) and why they are affected; a reason names the place (home, hotel,"
                                + " reported position) only for a reader who may read that person's residence or"
                                + " movements, and is the kind of reason alone (\"residence\", \"hotel stay\") for"
                                + " others")
                .returns(RollCallResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, RollCallResource.from(rollCalls.status(actor, id(ctx))))));
        routes.add(ApiRoute.route(HandlerType.POST, ITEM + "/check-ins", TAG,
                        "Record an answer (SAFE or NEEDS_HELP): a first answer or a change of answer is recorded,"
                                + " a repeat of the latest is not; the first is timed")
                .body(CheckInDetails.class).returns(CheckInResource.class)
                .handle((ctx, actor) -> {
                    CommTestId id = id(ctx);
                    http.send(ctx, 200, CheckInResource.from(tests.checkIn(actor, id, http.body(ctx,
                            CheckInDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, ITEM + "/places.geojson", TAG,
                        "The places the roll-call's reasons name, as a GeoJSON FeatureCollection: one Point per"
                                + " reason (person, name, state or ABROAD, kind, place, from, until), only the places"
                                + " the reader may read (a person's residence, or movements); audited naming every"
                                + " person whose place it shows")
                .returns(RollCallPlacesResource.class, GEO_JSON)
                .handle((ctx, actor) -> ctx.status(200).contentType(GEO_JSON).result(http.json().writeValueAsBytes(
                        RollCallPlacesResource.from(rollCalls.status(actor, id(ctx)))))));
        routes.add(ApiRoute.route(HandlerType.POST, ITEM + "/check-ins/on-behalf", TAG,
                        "Record an answer obtained by phone, radio or in person, on the person's behalf, with the"
                                + " time it was obtained (not before the incident, not in the future) and who recorded"
                                + " it; the security officer, an associate, the SOC or the person's warden may")
                .operationId("checkInOnBehalf")
                .body(AnswerOnBehalfDetails.class).returns(CheckInResource.class)
                .handle((ctx, actor) -> {
                    CommTestId id = id(ctx);
                    http.send(ctx, 200, CheckInResource.from(tests.answerFor(actor, id, http.body(ctx,
                            AnswerOnBehalfDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, ITEM + "/escalate", TAG,
                        "Send the escalations now due for this roll-call; none is sent twice")
                .returns(EscalationReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, rollCalls.escalate(actor, id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/escalations", TAG,
                        "Send the escalations now due for every open roll-call of the office")
                .operationId("sendDueEscalations")
                .returns(EscalationReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, rollCalls.escalateAll(actor))));
        return routes;
    }

    private static CommTestId id(io.javalin.http.Context ctx) {
        return Http.id(ctx, "id", CommTestId::of, "roll-call");
    }
}
