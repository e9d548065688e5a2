package io.vigil.rest.crisis;

import io.javalin.http.HandlerType;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.port.in.EvacueeStatusDetails;
import io.vigil.crisis.port.in.RelocationDeclaration;
import io.vigil.crisis.port.in.RelocationPlanDetails;
import io.vigil.crisis.port.in.RelocationSummary;
import io.vigil.crisis.port.in.RelocationUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.PageResource;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The crisis context's relocation and evacuation routes: the arrangements (areas, assembly points,
 * safe havens, routes, transport, priority order), declarations and their lists with the
 * shortfall, each person's state, the figures, and a staff member's own entry.
 */
public final class RelocationApi implements RouteSet {
    private static final String BASE = "/api/v1/crisis";
    private static final String TAG = "Crisis";

    private final RelocationUseCase relocation;

    /** The routes over the relocation use case. */
    public RelocationApi(RelocationUseCase relocation) {
        this.relocation = relocation;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        String plan = BASE + "/relocation-plan";
        routes.add(ApiRoute.route(HandlerType.GET, plan, TAG,
                        "The office's relocation and evacuation arrangements: per area its assembly points, safe"
                                + " havens, routes and transport, and the priority order lists are seated in")
                .returns(RelocationPlanResource.class)
                .handle((ctx, actor) -> {
                    RelocationPlanResource r = RelocationPlanResource.from(relocation.plan(actor));
                    Http.etag(ctx, r.version());
                    http.send(ctx, 200, r);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, plan, TAG,
                        "Set the arrangements: at most 20 areas (an outline or a warden zone each), with their"
                                + " assembly points, safe havens, routes and transport, and the priority order")
                .body(RelocationPlanDetails.class).returns(RelocationPlanResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    RelocationPlanResource r = RelocationPlanResource.from(relocation.setPlan(actor, expected,
                            http.body(ctx, RelocationPlanDetails.class)));
                    Http.etag(ctx, r.version());
                    http.send(ctx, 200, r);
                }));
        String base = BASE + "/relocations";
        String item = base + "/{id}";
        routes.add(ApiRoute.route(HandlerType.POST, base, TAG,
                        "Declare relocation or evacuation for an area: the list is built from the locator at the"
                                + " instant, households kept together and seated in the priority order; those no"
                                + " seat is found for are the shortfall")
                .body(RelocationDeclaration.class).returns(RelocationResource.class).status(201)
                .handle((ctx, actor) -> {
                    Relocation r = relocation.declare(actor, http.body(ctx, RelocationDeclaration.class));
                    ctx.header("Location", base + "/" + r.id());
                    Http.etag(ctx, r.version());
                    http.send(ctx, 201, RelocationResource.from(r));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, base, TAG,
                        "List the office's relocations, latest declared first, as figures naming nobody")
                .returnsPage(RelocationSummary.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(relocation.list(actor, http.page(ctx)),
                        s -> s))));
        routes.add(ApiRoute.route(HandlerType.GET, item, TAG,
                        "Read a relocation with its whole list (the security roles and the SOC)")
                .returns(RelocationResource.class)
                .handle((ctx, actor) -> {
                    Relocation r = relocation.get(actor, id(ctx));
                    Http.etag(ctx, r.version());
                    http.send(ctx, 200, RelocationResource.from(r));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/counts", TAG,
                        "A relocation's figures and shortfall (household sizes), naming nobody")
                .returns(RelocationSummary.class)
                .handle((ctx, actor) -> http.send(ctx, 200, relocation.summary(actor, id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/mine", TAG,
                        "The caller's own entry on a relocation's list, and their dependents'")
                .operationId("getMyRelocationEntries").returns(OwnRelocationResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, OwnRelocationResource.from(relocation.own(actor,
                        id(ctx))))));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/status", TAG,
                        "Record a person's state on the list (MOVED, ARRIVED, NOT_FOUND or STAYS with a reason,"
                                + " TO_MOVE again); earlier states are kept")
                .operationId("recordRelocationStatus")
                .body(EvacueeStatusDetails.class).returns(RecordedStatusResource.class)
                .handle((ctx, actor) -> {
                    RelocationId id = id(ctx);
                    http.send(ctx, 200, RecordedStatusResource.from(relocation.record(actor, id,
                            http.body(ctx, EvacueeStatusDetails.class))));
                }));
        return routes;
    }

    private static RelocationId id(Context ctx) {
        return Http.id(ctx, "id", RelocationId::of, "relocation");
    }
}
