package io.vigil.rest.risk;

import io.javalin.http.HandlerType;
import io.vigil.kernel.access.Actor;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.RiskPolicyDetails;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Security risk assessments, their lifecycle, and the office's risk policy. */
final class RiskRoutes {
    private static final String TAG = "Risk";

    /** One lifecycle step of an assessment. */
    @FunctionalInterface
    private interface Step {
        SecurityAssessment apply(Actor actor, AssessmentId id, long expectedVersion);
    }

    private final Http http;
    private final RiskUseCases risk;
    private final Clock clock;
    private final Optional<AssessmentReports> reports;

    RiskRoutes(Http http, RiskUseCases risk, Clock clock, Optional<AssessmentReports> reports) {
        this.http = http;
        this.risk = risk;
        this.clock = clock;
        this.reports = reports;
    }

    List<ApiRoute> routes() {
        Crud<AssessmentId, AssessmentDetails, SecurityAssessment, AssessmentResource> crud = new Crud<>(http,
                "/api/v1/assessments", TAG, "assessment", AssessmentDetails.class, AssessmentResource.class,
                AssessmentId::of, AssessmentResource::from, SecurityAssessment::version);
        var assessments = risk.assessments();
        List<ApiRoute> routes = new ArrayList<>(crud.routes(assessments));
        reports.ifPresent(r -> routes.add(ApiRoute.route(HandlerType.GET, crud.item() + "/report", TAG,
                        "The assessment as a readable report, its risk matrix drawn with every risk placed in it")
                .handle((ctx, actor) -> ctx.status(200).contentType(r.mediaType() + "; charset=utf-8")
                        .result(r.render(assessments.get(actor, crud.id(ctx)))))));
        routes.add(step(crud, "/submit", "Submit a draft assessment for approval", assessments::submit));
        routes.add(step(crud, "/return", "Return an assessment in review to draft", assessments::returnToDraft));
        routes.add(step(crud, "/approve", "Approve an assessment in review (security officer only)",
                assessments::approve));
        routes.add(step(crud, "/supersede", "Mark an approved assessment as superseded", assessments::supersede));
        routes.add(ApiRoute.route(HandlerType.GET, "/api/v1/risk/reviews-due", TAG,
                        "Approved assessments whose review is due at or before an instant")
                .query("at", "string", "date-time", "the instant (default now)").returnsList(AssessmentResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(assessments.reviewsDue(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)).stream()
                        .map(AssessmentResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, "/api/v1/risk/policy", TAG,
                        "The office's risk matrix and acceptability table (version 0: the standard ones)")
                .returns(RiskPolicyResource.class)
                .handle((ctx, actor) -> {
                    RiskPolicyResource policy = RiskPolicyResource.from(risk.policy().current(actor));
                    Http.etag(ctx, policy.version());
                    http.send(ctx, 200, policy);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, "/api/v1/risk/policy", TAG,
                        "Configure the office's risk matrix and acceptability table; old assessments keep theirs")
                .body(RiskPolicyDetails.class).returns(RiskPolicyResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    RiskPolicyResource policy = RiskPolicyResource.from(risk.policy().configure(actor, expected,
                            http.body(ctx, RiskPolicyDetails.class)));
                    Http.etag(ctx, policy.version());
                    http.send(ctx, 200, policy);
                }));
        return routes;
    }

    private ApiRoute step(Crud<AssessmentId, ?, SecurityAssessment, ?> crud, String suffix, String summary,
                          Step step) {
        return ApiRoute.route(HandlerType.POST, crud.item() + suffix, TAG, summary).returns(AssessmentResource.class)
                .ifMatch().handle((ctx, actor) -> {
                    AssessmentId id = crud.id(ctx);
                    crud.sendOne(ctx, 200, step.apply(actor, id, Http.ifMatch(ctx)));
                });
    }
}
