package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.in.CallDetails;
import io.vigil.alerting.port.in.DrillReport;
import io.vigil.alerting.port.in.PhoneTreeDetails;
import io.vigil.alerting.port.in.PhoneTreesUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import java.util.ArrayList;
import java.util.List;

/** The telephone tree: trees (CRUD) and their timed drills. */
final class PhoneTreeRoutes {
    private static final String TAG = "Telephone tree";
    private static final String BASE = "/api/v1/phone-trees";

    private final Http http;
    private final PhoneTreesUseCase trees;

    PhoneTreeRoutes(Http http, PhoneTreesUseCase trees) {
        this.http = http;
        this.trees = trees;
    }

    List<ApiRoute> routes() {
        Crud<TreeId, PhoneTreeDetails, PhoneTree, PhoneTreeResource> crud = new Crud<>(http, BASE, TAG,
                "phone tree", PhoneTreeDetails.class, PhoneTreeResource.class, TreeId::of, PhoneTreeResource::from,
                PhoneTree::version);
        List<ApiRoute> routes = new ArrayList<>(crud.routes(trees));
        String drills = crud.item() + "/drills";
        String drill = drills + "/{drill}";
        routes.add(ApiRoute.route(HandlerType.POST, drills, TAG, "Start a timed drill of the tree now")
                .body(DrillRequest.class).returns(DrillResource.class).status(201)
                .handle((ctx, actor) -> {
                    TreeId tree = crud.id(ctx);
                    DrillReport started = trees.startDrill(actor, tree, http.body(ctx, DrillRequest.class)
                            .targetMinutes());
                    ctx.header("Location", BASE + "/" + tree + "/drills/" + started.drill().id());
                    http.send(ctx, 201, DrillResource.from(started));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, drill, TAG, "A drill: its calls, who was reached when, the verdict")
                .returns(DrillResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, DrillResource.from(trees.drill(actor, crud.id(ctx),
                        drillId(ctx))))));
        routes.add(ApiRoute.route(HandlerType.POST, drill + "/calls", TAG,
                        "Log a call of a running drill: who called whom, and whether they answered")
                .body(CallDetails.class).returns(DrillResource.class)
                .handle((ctx, actor) -> {
                    TreeId tree = crud.id(ctx);
                    DrillId id = drillId(ctx);
                    http.send(ctx, 200, DrillResource.from(trees.recordCall(actor, tree, id,
                            http.body(ctx, CallDetails.class))));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, drill + "/end", TAG, "End a running drill now")
                .returns(DrillResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, DrillResource.from(trees.endDrill(actor, crud.id(ctx),
                        drillId(ctx))))));
        return routes;
    }

    private static DrillId drillId(Context ctx) {
        return Http.id(ctx, "drill", DrillId::of, "drill");
    }
}
