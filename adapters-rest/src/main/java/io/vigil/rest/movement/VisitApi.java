package io.vigil.rest.movement;

import io.javalin.http.HandlerType;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.in.ManageVisitsUseCase;
import io.vigil.movement.port.in.MemberClearancesDetails;
import io.vigil.movement.port.in.SiteAssessmentDetails;
import io.vigil.movement.port.in.SupportAnswerDetails;
import io.vigil.movement.port.in.SupportRequestDetails;
import io.vigil.movement.port.in.VisitDetails;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.PageResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The movement context's protective operations: visits with their advance site assessment, support
 * requests, members' clearances and readiness, and the managers' summaries.
 */
public final class VisitApi implements RouteSet {
    private static final String BASE = "/api/v1/movement";
    private static final String TAG = "Movement";

    private final ManageVisitsUseCase visits;

    /** The routes over the visits use case. */
    public VisitApi(ManageVisitsUseCase visits) {
        this.visits = visits;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        Crud<VisitId, VisitDetails, Visit, VisitResource> crud = new Crud<>(http, BASE + "/visits", TAG, "visit",
                VisitDetails.class, VisitResource.class, VisitId::of, VisitResource::from, Visit::version);
        routes.addAll(crud.routes(visits));
        routes.add(ApiRoute.route(HandlerType.PUT, crud.item() + "/advance-assessment", TAG,
                        "Record or replace the visit's advance site assessment; mandatory items left out are listed"
                                + " as missing")
                .body(SiteAssessmentDetails.class).returns(VisitResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    VisitId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, visits.assessSite(actor, id, expected,
                            http.body(ctx, SiteAssessmentDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/support-requests", TAG,
                        "Add a request for host-government or private security support (at most 20 per visit)")
                .body(SupportRequestDetails.class).returns(VisitResource.class).ifMatch().status(201)
                .handle((ctx, actor) -> {
                    VisitId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 201, visits.requestSupport(actor, id, expected,
                            http.body(ctx, SupportRequestDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, crud.item() + "/support-requests/{requestId}", TAG,
                        "Record the answer to a support request: CONFIRMED or DECLINED, and when")
                .body(SupportAnswerDetails.class).returns(VisitResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    VisitId id = crud.id(ctx);
                    UUID request = Http.id(ctx, "requestId", UUID::fromString, "support request");
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, visits.answerSupport(actor, id, request, expected,
                            http.body(ctx, SupportAnswerDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/clearances", TAG,
                        "Submit a travel clearance request for every member who has none yet, its trip the road"
                                + " legs between the programme's venues")
                .body(MemberClearancesDetails.class).returns(VisitResource.class).ifMatch()
                .operationId("createVisitClearances")
                .handle((ctx, actor) -> {
                    VisitId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, visits.requestClearances(actor, id, expected,
                            http.body(ctx, MemberClearancesDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, crud.item() + "/readiness", TAG,
                        "The visit's readiness now: every blocker with its reason, in order, and the notes")
                .returns(VisitReadinessResource.class)
                .handle((ctx, actor) -> {
                    VisitId id = crud.id(ctx);
                    http.send(ctx, 200, VisitReadinessResource.from(id.toString(), visits.readiness(actor, id)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/visit-summaries", TAG,
                        "The office's visits as counts and readiness, latest start first (no persons, places or"
                                + " times: for managers)")
                .returnsPage(VisitSummaryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(visits.summaries(actor,
                        http.page(ctx)), VisitSummaryResource::from))));
        return routes;
    }
}
