package io.vigil.rest.alerting;

import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.RequestDetails;
import io.vigil.alerting.port.in.ShiftChange;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.PageResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The 24/7 on-call roster, the emergency request log, advisories and communication tests. */
final class AlertingRoutes {
    private static final String TAG = "On-call";
    private static final String SHIFTS = "/api/v1/on-call/shifts";
    private static final String REQUESTS = "/api/v1/emergency-requests";
    private static final String ADVISORIES = "/api/v1/advisories";
    private static final String TESTS = "/api/v1/communication-tests";

    /** A response to a request. */
    @FunctionalInterface
    private interface Act {
        EmergencyRequest apply(Actor actor, RequestId id, long expectedVersion, String text);
    }

    private final Http http;
    private final AlertingUseCases alerting;
    private final Clock clock;

    AlertingRoutes(Http http, AlertingUseCases alerting, Clock clock) {
        this.http = http;
        this.alerting = alerting;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        var onCall = alerting.onCall();
        var emergencies = alerting.emergencies();
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, "/api/v1/on-call/now", TAG, "Who is on call at an instant")
                .query("at", "string", "date-time", "the instant (default now)").returnsList(ShiftResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(onCall.onCallAt(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)).stream().map(ShiftResource::from)
                        .toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, "/api/v1/on-call/coverage", TAG,
                        "The roster over a period with every gap in it (default: the next 7 days)")
                .query("from", "string", "date-time", "start (default now)")
                .query("to", "string", "date-time", "end (default 7 days after from)")
                .returns(CoverageResource.class)
                .handle((ctx, actor) -> {
                    Instant from = Http.instantParam(ctx, "from").orElseGet(clock::instant);
                    Instant to = Http.instantParam(ctx, "to").orElse(from.plus(Duration.ofDays(7)));
                    http.send(ctx, 200, CoverageResource.from(onCall.coverage(actor, from, to)));
                }));
        Crud<ShiftId, ShiftDetails, OnCallShift, ShiftResource> shifts = new Crud<>(http, SHIFTS, TAG, "shift",
                ShiftDetails.class, ShiftResource.class, ShiftId::of, ShiftResource::from, OnCallShift::version);
        routes.addAll(shiftRoutes(shifts));

        Crud<RequestId, RequestDetails, EmergencyRequest, EmergencyRequestResource> requests = new Crud<>(http,
                REQUESTS, TAG, "emergency request", RequestDetails.class, EmergencyRequestResource.class,
                RequestId::of, EmergencyRequestResource::from, EmergencyRequest::version);
        routes.add(ApiRoute.route(HandlerType.POST, REQUESTS, TAG, "Log an emergency request")
                .body(RequestDetails.class).returns(EmergencyRequestResource.class).status(201)
                .handle((ctx, actor) -> {
                    EmergencyRequest logged = emergencies.log(actor, http.body(ctx, RequestDetails.class));
                    ctx.header("Location", REQUESTS + "/" + logged.id());
                    requests.sendOne(ctx, 201, logged);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, REQUESTS, TAG, "The emergency log, latest first")
                .query("open", "boolean", null, "only open requests when true")
                .returnsPage(EmergencyRequestResource.class)
                .handle((ctx, actor) -> {
                    boolean openOnly = Http.param(ctx, "open", AlertingRoutes::bool, "true or false").orElse(false);
                    http.send(ctx, 200, PageResource.from(emergencies.list(actor, openOnly, http.page(ctx)),
                            EmergencyRequestResource::from));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, requests.item(), TAG, "Read an emergency request")
                .returns(EmergencyRequestResource.class)
                .handle((ctx, actor) -> requests.sendOne(ctx, 200, emergencies.get(actor, requests.id(ctx)))));
        routes.add(act(requests, "/responses", "Record what was done about a request", emergencies::respond));
        routes.add(act(requests, "/close", "Close a request with its outcome", emergencies::close));
        routes.addAll(advisoryRoutes());
        routes.addAll(communicationTestRoutes());
        return routes;
    }

    /**
     * The shifts: like any collection, except that every change answers with the gaps it leaves
     * (a removal answers 200 with them rather than 204), so nobody changes the roster unwarned.
     */
    private List<ApiRoute> shiftRoutes(Crud<ShiftId, ShiftDetails, OnCallShift, ShiftResource> shifts) {
        var onCall = alerting.onCall();
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, SHIFTS, TAG, "Schedule a shift; warnings name any gap around it")
                .body(ShiftDetails.class).returns(ShiftResource.class).status(201)
                .handle((ctx, actor) -> {
                    ShiftChange change = onCall.schedule(actor, http.body(ctx, ShiftDetails.class));
                    OnCallShift shift = change.shift().orElseThrow();
                    ctx.header("Location", SHIFTS + "/" + shift.id());
                    Http.etag(ctx, shift.version());
                    http.send(ctx, 201, ShiftResource.from(shift, change.warnings()));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, shifts.item(), TAG, "Read a shift").returns(ShiftResource.class)
                .handle((ctx, actor) -> shifts.sendOne(ctx, 200, onCall.get(actor, shifts.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.PUT, shifts.item(), TAG,
                        "Replace a shift; warnings name any gap the change opens or leaves")
                .body(ShiftDetails.class).returns(ShiftResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    ShiftId id = shifts.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    ShiftChange change = onCall.update(actor, id, expected, http.body(ctx, ShiftDetails.class));
                    OnCallShift shift = change.shift().orElseThrow();
                    Http.etag(ctx, shift.version());
                    http.send(ctx, 200, ShiftResource.from(shift, change.warnings()));
                }));
        routes.add(ApiRoute.route(HandlerType.DELETE, shifts.item(), TAG,
                        "Delete a shift; answers the gaps the removal leaves").returns(CoverageWarnings.class)
                .ifMatch()
                .handle((ctx, actor) -> {
                    ShiftId id = shifts.id(ctx);
                    ShiftChange change = onCall.remove(actor, id, Http.ifMatch(ctx));
                    http.send(ctx, 200, new CoverageWarnings(change.warnings()));
                }));
        return routes;
    }

    private List<ApiRoute> communicationTestRoutes() {
        var tests = alerting.tests();
        String tag = "Communication tests";
        String item = TESTS + "/{id}";
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, TESTS, tag,
                        "Start a communication test: the check-in request goes to everyone reachable")
                .operationId("startCommunicationTest")
                .body(CommTestDetails.class).returns(CommunicationTestResource.class).status(201)
                .handle((ctx, actor) -> {
                    CommunicationTest t = tests.start(actor, http.body(ctx, CommTestDetails.class));
                    ctx.header("Location", TESTS + "/" + t.id());
                    http.send(ctx, 201, CommunicationTestResource.from(tests.result(actor, t.id())));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, TESTS, tag, "The office's tests with their scores, latest first")
                .returnsPage(CommunicationTestResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(tests.history(actor, http.page(ctx)),
                        CommunicationTestResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, TESTS + "/trend", tag,
                        "The tests and roll-calls of a period, oldest first, and which way response rates are heading")
                .query("from", "string", "date-time", "start (default 365 days before to)")
                .query("to", "string", "date-time", "end, exclusive (default a minute from now, so a test started"
                        + " just now counts)").returns(TrendResource.class)
                .handle((ctx, actor) -> {
                    Instant to = Http.instantParam(ctx, "to")
                            .orElseGet(() -> clock.instant().plus(Duration.ofMinutes(1)));
                    Instant from = Http.instantParam(ctx, "from").orElse(to.minus(Duration.ofDays(365)));
                    http.send(ctx, 200, TrendResource.from(tests.trend(actor, from, to)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, item, tag, "A test and its score now")
                .returns(CommunicationTestResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, CommunicationTestResource.from(tests.result(actor,
                        Http.id(ctx, "id", CommTestId::of, "communication test"))))));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/resend", tag,
                        "Send the test's requests again; nobody gets a second copy").returns(ResendResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ResendResource(tests.resend(actor,
                        Http.id(ctx, "id", CommTestId::of, "communication test"))))));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/check-ins", tag,
                        "Record an answer (SAFE or NEEDS_HELP): a first answer or a change of answer is recorded,"
                                + " a repeat of the latest is not; the first is timed")
                .body(CheckInDetails.class).returns(CheckInResource.class)
                .handle((ctx, actor) -> {
                    CommTestId id = Http.id(ctx, "id", CommTestId::of, "communication test");
                    http.send(ctx, 200, CheckInResource.from(tests.checkIn(actor, id, http.body(ctx,
                            CheckInDetails.class))));
                }));
        return routes;
    }

    private List<ApiRoute> advisoryRoutes() {
        var advisories = alerting.advisories();
        Crud<AdvisoryId, AdvisoryDetails, Advisory, AdvisoryResource> crud = new Crud<>(http, ADVISORIES,
                "Advisories", "advisory", AdvisoryDetails.class, AdvisoryResource.class, AdvisoryId::of,
                AdvisoryResource::from, Advisory::version);
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, ADVISORIES + "/active", "Advisories",
                        "The advisories in force at an instant (default now); expired ones have left the list")
                .operationId("listActiveAdvisories")
                .query("at", "string", "date-time", "the instant (default now)").returnsList(AdvisoryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(advisories.active(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)).stream().map(AdvisoryResource::from)
                        .toList()))));
        routes.addAll(crud.routes(advisories));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/acknowledgements", "Advisories",
                        "Acknowledge an advisory as the acting person; acknowledging twice changes nothing")
                .returns(AdvisoryResource.class)
                .handle((ctx, actor) -> crud.sendOne(ctx, 200, advisories.acknowledge(actor, crud.id(ctx)))));
        return routes;
    }

    private ApiRoute act(Crud<RequestId, ?, EmergencyRequest, ?> requests, String suffix, String summary, Act act) {
        return ApiRoute.route(HandlerType.POST, requests.item() + suffix, TAG, summary).body(ActionRequest.class)
                .returns(EmergencyRequestResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    RequestId id = requests.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    String action = http.body(ctx, ActionRequest.class).action();
                    requests.sendOne(ctx, 200, act.apply(actor, id, expected, action));
                });
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw InvalidCommandException.of("open", "must be true or false, was '" + text + "'");
        }
        return Boolean.valueOf(text);
    }
}
