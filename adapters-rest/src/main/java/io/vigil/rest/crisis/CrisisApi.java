package io.vigil.rest.crisis;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.port.in.ActionDoneDetails;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.AnswerDetails;
import io.vigil.crisis.port.in.ContinuityDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.crisis.port.in.PlanCheckDetails;
import io.vigil.crisis.port.in.PlanDetails;
import io.vigil.crisis.port.in.ScheduleDetails;
import io.vigil.crisis.port.in.SweepReport;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.crisis.port.in.TopicDetails;
import io.vigil.crisis.port.in.TreeDrillDetails;
import io.vigil.rest.ApiException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The crisis context's routes: the Crisis Management Plan (draft, approve, review, test), the crisis
 * team, activations (answers, log, situation reports, the reminder sweep, stand-down), drills and
 * exercises (follow-up, after-action report, alerting runs, schedule, what is overdue) and the
 * business continuity inputs.
 */
public final class CrisisApi implements RouteSet {
    private static final String BASE = "/api/v1/crisis";
    private static final String TAG = "Crisis";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final CrisisUseCases crisis;
    private final Clock clock;

    /** The routes over the crisis context's use cases; {@code clock} is "now" for reads at a default time. */
    public CrisisApi(CrisisUseCases crisis, Clock clock) {
        this.crisis = crisis;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        plan(http, routes);
        team(http, routes);
        activations(http, routes);
        exercises(http, routes);
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/continuity", TAG,
                        "The security inputs of the business continuity plan, with each gap (a recovery time over"
                                + " the maximum tolerable disruption)")
                .returns(ContinuityResource.class)
                .handle((ctx, actor) -> send(http, ctx, ContinuityResource.from(crisis.continuity().get(actor)))));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/continuity", TAG,
                        "Set the critical functions with their threats, alternate site, minimum staff, recovery time"
                                + " objective and maximum tolerable disruption")
                .body(ContinuityDetails.class).returns(ContinuityResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, ContinuityResource.from(crisis.continuity().set(actor, expected,
                            http.body(ctx, ContinuityDetails.class))));
                }));
        return routes;
    }

    private void plan(Http http, List<ApiRoute> routes) {
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/plan", TAG,
                        "The Crisis Management Plan: every version, and its review and test due dates (overdue"
                                + " ones marked) at an instant (default now)")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(PlanResource.class)
                .handle((ctx, actor) -> send(http, ctx, PlanResource.from(crisis.plan().plan(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant))))));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/plan/draft", TAG,
                        "Write the plan's draft (a new version, or the draft replaced): scenarios, roles,"
                                + " communications and measures to avoid risk")
                .body(PlanDetails.class).returns(PlanResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, PlanResource.from(crisis.plan().draft(actor, expected,
                            http.body(ctx, PlanDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/plan/approve", TAG,
                        "Approve the draft (the security officer): it is in force, the version it replaces"
                                + " superseded, the review due a year on; the test's due date stays")
                .returns(PlanResource.class).ifMatch()
                .handle((ctx, actor) -> send(http, ctx, PlanResource.from(crisis.plan().approve(actor,
                        Http.ifMatch(ctx))))));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/plan/review", TAG,
                        "Record a review of the plan in force; the next is due a year after it")
                .body(PlanCheckDetails.class).returns(PlanResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, PlanResource.from(crisis.plan().recordReview(actor, expected,
                            http.body(ctx, PlanCheckDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/plan/test", TAG,
                        "Record a test of the plan (an exercise of it); the next is due a year after it")
                .body(PlanCheckDetails.class).returns(PlanResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, PlanResource.from(crisis.plan().recordTest(actor, expected,
                            http.body(ctx, PlanCheckDetails.class))));
                }));
    }

    private void team(Http http, List<ApiRoute> routes) {
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/team", TAG,
                        "The crisis team: a seat per role with its alternates, and each role without a member or"
                                + " an alternate")
                .returns(TeamResource.class)
                .handle((ctx, actor) -> send(http, ctx, TeamResource.from(crisis.team().team(actor)))));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/team", TAG, "Name the crisis team")
                .body(TeamDetails.class).returns(TeamResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, TeamResource.from(crisis.team().set(actor, expected,
                            http.body(ctx, TeamDetails.class))));
                }));
    }

    private void activations(Http http, List<ApiRoute> routes) {
        String base = BASE + "/activations";
        String item = base + "/{id}";
        routes.add(ApiRoute.route(HandlerType.POST, base, TAG,
                        "Activate the crisis team (by hand, or from an incident's id): every member and alternate"
                                + " is told on each channel they have an address for")
                .body(ActivationDetails.class).returns(ActivationResource.class).status(201)
                .handle((ctx, actor) -> {
                    Activation a = crisis.activations().activate(actor, http.body(ctx, ActivationDetails.class));
                    ctx.header("Location", base + "/" + a.id());
                    sendActivation(http, ctx, 201, a);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, base, TAG, "List the office's activations, latest first")
                .returnsPage(ActivationResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, io.vigil.rest.resource.PageResource.from(
                        crisis.activations().list(actor, http.page(ctx)), ActivationResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, item, TAG, "Read an activation").returns(ActivationResource.class)
                .handle((ctx, actor) -> sendActivation(http, ctx, 200, crisis.activations().get(actor,
                        activation(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/answers", TAG,
                        "Record a member's answer (their own, or on their behalf by the security roles)")
                .body(AnswerDetails.class).returns(ActivationResource.class)
                .handle((ctx, actor) -> {
                    ActivationId id = activation(ctx);
                    sendActivation(http, ctx, 200, crisis.activations().answer(actor, id,
                            http.body(ctx, AnswerDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/log", TAG, "Add a line to the activation's log")
                .body(NoteDetails.class).returns(ActivationResource.class)
                .handle((ctx, actor) -> {
                    ActivationId id = activation(ctx);
                    sendActivation(http, ctx, 200, crisis.activations().note(actor, id,
                            http.body(ctx, NoteDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/topics", TAG,
                        "Add a situation-report topic with its owner and cadence; its first update is due one"
                                + " cadence from now")
                .body(TopicDetails.class).returns(ActivationResource.class)
                .handle((ctx, actor) -> {
                    ActivationId id = activation(ctx);
                    sendActivation(http, ctx, 200, crisis.activations().addTopic(actor, id,
                            http.body(ctx, TopicDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/topics/{topic}/updates", TAG,
                        "Record a topic's update; the next is due one cadence from now")
                .body(NoteDetails.class).returns(ActivationResource.class)
                .handle((ctx, actor) -> {
                    ActivationId id = activation(ctx);
                    int topic = number(ctx, "topic");
                    sendActivation(http, ctx, 200, crisis.activations().updateTopic(actor, id, topic,
                            http.body(ctx, NoteDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/stand-down", TAG,
                        "Stand the team down, with the reason; the activation takes no more changes")
                .body(NoteDetails.class).returns(ActivationResource.class)
                .handle((ctx, actor) -> {
                    ActivationId id = activation(ctx);
                    sendActivation(http, ctx, 200, crisis.activations().standDown(actor, id,
                            http.body(ctx, NoteDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/sweep", TAG,
                        "Remind the owners of situation-report topics whose update is due (idempotent: each"
                                + " reminder goes once)")
                .returns(SweepReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, crisis.activations().remindDue(actor))));
    }

    private void exercises(Http http, List<ApiRoute> routes) {
        Crud<ExerciseId, ExerciseDetails, Exercise, ExerciseResource> crud = new Crud<>(http, BASE + "/exercises",
                TAG, "exercise", ExerciseDetails.class, ExerciseResource.class, ExerciseId::of, ExerciseResource::from,
                Exercise::version);
        routes.addAll(crud.routes(crisis.exercises()));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/actions/{action}/done", TAG,
                        "Mark a follow-up action of a drill done on a day")
                .body(ActionDoneDetails.class).returns(ExerciseResource.class)
                .handle((ctx, actor) -> {
                    ExerciseId id = crud.id(ctx);
                    int action = number(ctx, "action");
                    crud.sendOne(ctx, 200, crisis.exercises().actionDone(actor, id, action,
                            http.body(ctx, ActionDoneDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, crud.item() + "/report", TAG,
                        "The drill's after-action report, as Markdown")
                .produces(MARKDOWN)
                .handle((ctx, actor) -> ctx.status(200).contentType(MARKDOWN)
                        .result(crisis.exercises().report(actor, crud.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/communication-test", TAG,
                        "Run a communication test of the alerting context as part of the drill")
                .body(CommTestDetails.class).returns(ExerciseResource.class)
                .handle((ctx, actor) -> {
                    ExerciseId id = crud.id(ctx);
                    crud.sendOne(ctx, 200, crisis.exercises().runCommunicationTest(actor, id,
                            http.body(ctx, CommTestDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/phone-tree-drill", TAG,
                        "Run a timed drill of an alerting phone tree as part of the drill")
                .body(TreeDrillDetails.class).returns(ExerciseResource.class)
                .handle((ctx, actor) -> {
                    ExerciseId id = crud.id(ctx);
                    crud.sendOne(ctx, 200, crisis.exercises().runPhoneTreeDrill(actor, id,
                            http.body(ctx, TreeDrillDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/score", TAG,
                        "Read the score of the drill's communication test or phone-tree drill now and keep it")
                .returns(ExerciseResource.class)
                .handle((ctx, actor) -> crud.sendOne(ctx, 200, crisis.exercises().score(actor, crud.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/schedule", TAG,
                        "The drill schedule: an RFC 5545 recurrence rule per kind of drill")
                .returns(ScheduleResource.class)
                .handle((ctx, actor) -> send(http, ctx, ScheduleResource.from(crisis.exercises().schedule(actor)))));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/schedule", TAG,
                        "Set the drill schedule (e.g. FIRE: FREQ=MONTHLY;INTERVAL=6)")
                .body(ScheduleDetails.class).returns(ScheduleResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    send(http, ctx, ScheduleResource.from(crisis.exercises().setSchedule(actor, expected,
                            http.body(ctx, ScheduleDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/overdue", TAG,
                        "What is due at an instant (default now): drills by their schedule, follow-up actions past"
                                + " their due date, the plan's review and test")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(OverdueReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, crisis.exercises().overdue(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)))));
    }

    private static void send(Http http, Context ctx, Versioned resource) throws IOException {
        Http.etag(ctx, resource.version());
        http.send(ctx, 200, resource);
    }

    /** A resource of an office's one record of its kind, sent with its version as ETag. */
    interface Versioned {
        /** The stored version. */
        long version();
    }

    private static void sendActivation(Http http, Context ctx, int status, Activation a) throws IOException {
        Http.etag(ctx, a.version());
        http.send(ctx, status, ActivationResource.from(a));
    }

    private static ActivationId activation(Context ctx) {
        return Http.id(ctx, "id", ActivationId::of, "activation");
    }

    /** A numbered item in the path (a topic, an action); anything but a positive number is not found. */
    private static int number(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!raw.matches("[1-9][0-9]{0,3}")) {
            throw new ApiException(404, "Not found", name + " " + raw + " was not found");
        }
        return Integer.parseInt(raw);
    }
}
