package io.vigil.rest.awareness;

import io.javalin.http.HandlerType;
import io.vigil.awareness.domain.ArrivalBriefing;
import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.in.AwarenessPolicyDetails;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.BriefingDetails;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.ComplianceReport;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.awareness.port.in.ValidityDetails;
import io.vigil.kernel.PersonId;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.ListResource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The awareness context's routes: the course catalogue (with validity changes), completions,
 * briefings, the office's settings, a person's training record, the compliance report and the
 * on-arrival briefings due.
 */
public final class AwarenessApi implements RouteSet {
    private static final String BASE = "/api/v1/awareness";
    private static final String TAG = "Awareness";
    /** The travel context's report of planned trips that will fail on training (see the travel API). */
    static final String TRAVEL_TRAINING_REPORT = "/api/v1/travel/reports/training";

    private final AwarenessUseCases awareness;
    private final Clock clock;

    public AwarenessApi(AwarenessUseCases awareness, Clock clock) {
        this.awareness = awareness;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        Crud<CourseId, CourseDetails, Course, CourseResource> courses = new Crud<>(http, BASE + "/courses", TAG,
                "course", CourseDetails.class, CourseResource.class, CourseId::of, CourseResource::from,
                Course::version);
        routes.addAll(courses.routes(awareness.courses()));
        routes.add(ApiRoute.route(HandlerType.POST, courses.item() + "/validity", TAG,
                        "Change a course's validity for completions recorded from now on, with the reason; the"
                                + " change is kept in its history and earlier completions keep theirs")
                .operationId("changeCourseValidity")
                .body(ValidityDetails.class).returns(CourseResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    CourseId id = courses.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    courses.sendOne(ctx, 200, awareness.courses().changeValidity(actor, id, expected,
                            http.body(ctx, ValidityDetails.class)));
                }));
        routes.addAll(new Crud<CompletionId, CompletionDetails, Completion, CompletionResource>(http,
                BASE + "/completions", TAG, "completion", CompletionDetails.class, CompletionResource.class,
                CompletionId::of, c -> CompletionResource.from(c, clock.instant()), Completion::version)
                .routes(awareness.completions()));
        routes.addAll(new Crud<BriefingId, BriefingDetails, Briefing, BriefingResource>(http, BASE + "/briefings", TAG,
                "briefing", BriefingDetails.class, BriefingResource.class, BriefingId::of, BriefingResource::from,
                Briefing::version).routes(awareness.briefings()));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/policy", TAG,
                        "The office's awareness settings (version 0: the standard ones)")
                .returns(AwarenessPolicyResource.class)
                .handle((ctx, actor) -> {
                    AwarenessPolicyResource policy = AwarenessPolicyResource.from(awareness.policy().get(actor));
                    Http.etag(ctx, policy.version());
                    http.send(ctx, 200, policy);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/policy", TAG,
                        "Set the office's warnings before a completion lapses and the days to an on-arrival briefing")
                .body(AwarenessPolicyDetails.class).returns(AwarenessPolicyResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    AwarenessPolicyResource policy = AwarenessPolicyResource.from(awareness.policy().set(actor,
                            expected, http.body(ctx, AwarenessPolicyDetails.class)));
                    Http.etag(ctx, policy.version());
                    http.send(ctx, 200, policy);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/persons/{id}", TAG,
                        "A person's training record at an instant (default now): status on every course,"
                                + " completions, briefings attended")
                .operationId("getTrainingRecord")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(TrainingRecordResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, TrainingRecordResource.from(awareness.records()
                        .record(actor, Http.id(ctx, "id", PersonId::of, "person"),
                                Http.instantParam(ctx, "at").orElseGet(clock::instant))))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/compliance", TAG,
                        "Who is missing or about to lose each required course, and who has not acknowledged the"
                                + " current version of each procedure that applies to them, by unit and category (a manager:"
                                + " their unit); the Link header names the travel report of planned trips in the"
                                + " next 30 days that will fail on training")
                .query("at", "string", "date-time", "the instant (default now)")
                .returns(ComplianceReport.class)
                .handle((ctx, actor) -> {
                    ComplianceReport report = awareness.records().compliance(actor,
                            Http.instantParam(ctx, "at").orElseGet(clock::instant));
                    ctx.header("Link", "<" + TRAVEL_TRAINING_REPORT + ">; rel=\"related\"; title=\"planned trips in"
                            + " the next 30 days failing on training\"");
                    http.send(ctx, 200, report);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/arrival-briefings", TAG,
                        "On-arrival briefings persons present in the country still need, overdue first")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(ArrivalBriefing.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(awareness.records()
                        .arrivalBriefings(actor, Http.instantParam(ctx, "at").orElseGet(clock::instant))))));
        return routes;
    }
}
