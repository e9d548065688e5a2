package io.vigil.rest.risk;

import io.javalin.http.HandlerType;
import io.vigil.kernel.paging.Page;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.GeoJsonAreas;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.in.ManageRestrictedAreasUseCase;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.risk.port.in.RuleQuery;
import java.util.ArrayList;
import java.util.List;

/** Restricted and high-risk areas: CRUD, "which rules apply here", GeoJSON import and export. */
final class RestrictedAreaRoutes {
    private static final String TAG = "Risk";
    private static final String BASE = "/api/v1/restricted-areas";

    private final Http http;
    private final ManageRestrictedAreasUseCase areas;
    private final GeoJsonAreas geoJson;

    RestrictedAreaRoutes(Http http, ManageRestrictedAreasUseCase areas) {
        this.http = http;
        this.areas = areas;
        this.geoJson = new GeoJsonAreas(http.json());
    }

    List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/applicable", TAG,
                        "The areas whose rules apply at a point, or along a route, at a time")
                .operationId("findApplicableRestrictedAreas")
                .body(RuleQuery.class).returnsList(RestrictedAreaResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(areas.applicable(actor,
                        http.body(ctx, RuleQuery.class)).stream().map(RestrictedAreaResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/geojson", TAG,
                        "Import a GeoJSON FeatureCollection of areas; all are created, or none")
                .operationId("importRestrictedAreasGeoJson")
                .body(String.class, GeoJsonAreas.MEDIA_TYPE).returnsList(RestrictedAreaResource.class).status(201)
                .handle((ctx, actor) -> {
                    Http.requireMediaType(ctx, GeoJsonAreas.MEDIA_TYPE);
                    List<RestrictedAreaDetails> details = geoJson.read(http.json().readTree(ctx.body()));
                    http.send(ctx, 201, new ListResource<>(areas.createAll(actor, details).stream()
                            .map(RestrictedAreaResource::from).toList()));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/geojson", TAG,
                        "Export every area of the office as a GeoJSON FeatureCollection")
                .operationId("exportRestrictedAreasGeoJson")
                .handle((ctx, actor) -> {
                    List<RestrictedArea> all = Page.all(page -> areas.list(actor, page));
                    ctx.status(200).contentType(GeoJsonAreas.MEDIA_TYPE)
                            .result(http.json().writeValueAsBytes(geoJson.write(all)));
                }));
        routes.addAll(new Crud<>(http, BASE, TAG, "restricted area", RestrictedAreaDetails.class,
                RestrictedAreaResource.class, RestrictedAreaId::of, RestrictedAreaResource::from,
                RestrictedArea::version).routes(areas));
        return routes;
    }
}
