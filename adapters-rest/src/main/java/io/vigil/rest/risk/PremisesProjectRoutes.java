package io.vigil.rest.risk;

import io.javalin.http.HandlerType;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.ClosureDetails;
import io.vigil.risk.port.in.ManagePremisesProjectsUseCase;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.risk.port.in.SiteVisitDetails;
import io.vigil.rest.ApiException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import java.util.ArrayList;
import java.util.List;

/** Premises projects: site visits, the officer's advice per phase, conditions closed with evidence, sign-off. */
final class PremisesProjectRoutes {
    private static final String TAG = "Risk";
    private static final String BASE = "/api/v1/risk/premises-projects";

    private final Http http;
    private final ManagePremisesProjectsUseCase projects;

    PremisesProjectRoutes(Http http, ManagePremisesProjectsUseCase projects) {
        this.http = http;
        this.projects = projects;
    }

    List<ApiRoute> routes() {
        Crud<PremisesProjectId, PremisesProjectDetails, PremisesProject, PremisesProjectResource> crud = new Crud<>(
                http, BASE, TAG, "premises project", PremisesProjectDetails.class, PremisesProjectResource.class,
                PremisesProjectId::of, PremisesProjectResource::from, PremisesProject::version);
        List<ApiRoute> routes = new ArrayList<>(crud.routes(projects));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/visits", TAG,
                        "Record a site visit's findings against the project's checklist, with evidence references")
                .body(SiteVisitDetails.class).returns(PremisesProjectResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PremisesProjectId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, projects.recordVisit(actor, id, expected,
                            http.body(ctx, SiteVisitDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/advice", TAG,
                        "The security officer's advice on a phase (approve, approve with conditions, do not"
                                + " approve) with its reasons and conditions")
                .body(AdviceDetails.class).returns(PremisesProjectResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PremisesProjectId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, projects.advise(actor, id, expected, http.body(ctx, AdviceDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/conditions/{number}/closure", TAG,
                        "Close a condition with the evidence that it is met")
                .body(ClosureDetails.class).returns(PremisesProjectResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PremisesProjectId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    int number;
                    try {
                        number = Integer.parseInt(ctx.pathParam("number"));
                    } catch (NumberFormatException e) {
                        throw new ApiException(404, "Not found", "condition " + ctx.pathParam("number")
                                + " was not found");
                    }
                    crud.sendOne(ctx, 200, projects.closeCondition(actor, id, expected, number,
                            http.body(ctx, ClosureDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/sign-off", TAG,
                        "Sign the project off (409 naming every open condition and phase not approved); the"
                                + " facility's systems are then updated from it and their test schedules start")
                .returns(PremisesProjectResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PremisesProjectId id = crud.id(ctx);
                    crud.sendOne(ctx, 200, projects.signOff(actor, id, Http.ifMatch(ctx)));
                }));
        return routes;
    }
}
