package io.vigil.rest.risk;

import io.javalin.http.HandlerType;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.ManageFacilitiesUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Facilities, their checks and surveys, what is due, and the non-compliant residences. */
final class FacilityRoutes {
    private static final String TAG = "Risk";
    private static final String BASE = "/api/v1/facilities";

    private final Http http;
    private final ManageFacilitiesUseCase facilities;
    private final Clock clock;

    FacilityRoutes(Http http, ManageFacilitiesUseCase facilities, Clock clock) {
        this.http = http;
        this.facilities = facilities;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        Crud<FacilityId, FacilityDetails, Facility, FacilityResource> crud = new Crud<>(http, BASE, TAG, "facility",
                FacilityDetails.class, FacilityResource.class, FacilityId::of, FacilityResource::from,
                Facility::version);
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/due", TAG,
                        "Maintenance and tests due within a number of days, overdue ones flagged")
                .query("at", "string", "date-time", "from when (default now)")
                .query("days", "integer", "int32", "how far ahead, 0 to 366 (default 30)")
                .returnsList(DueCheck.class)
                .handle((ctx, actor) -> {
                    int days = Http.intParam(ctx, "days", 30);
                    if (days < 0 || days > 366) {
                        throw InvalidCommandException.of("days", "must be between 0 and 366, was " + days);
                    }
                    http.send(ctx, 200, new ListResource<>(facilities.dueChecks(actor,
                            Http.instantParam(ctx, "at").orElseGet(clock::instant), Duration.ofDays(days))));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/non-compliant-residences", TAG,
                        "Residences whose latest security survey fails a point, or that were never surveyed")
                .operationId("listNonCompliantResidences")
                .returnsList(FacilityResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(facilities
                        .nonCompliantResidences(actor).stream().map(FacilityResource::from).toList()))));
        routes.addAll(crud.routes(facilities));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/checks", TAG,
                        "Record a maintenance visit or test of one asset").body(CheckRequest.class)
                .returns(FacilityResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    FacilityId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    CheckRequest check = http.body(ctx, CheckRequest.class);
                    if (check.result() == null) {
                        throw InvalidCommandException.of("result", "must not be null");
                    }
                    crud.sendOne(ctx, 200, facilities.recordCheck(actor, id, expected, check.assetTag(),
                            check.result()));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, crud.item() + "/surveys", TAG,
                        "Record a residential security survey of a residence").body(ResidenceSurvey.class)
                .returns(FacilityResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    FacilityId id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, facilities.recordSurvey(actor, id, expected,
                            http.body(ctx, ResidenceSurvey.class)));
                }));
        return routes;
    }
}
