package io.vigil.rest.risk;

import io.javalin.http.HandlerType;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.in.ManageVenuesUseCase;
import io.vigil.risk.port.in.VenueDetails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Venue assessments: CRUD and the lapsed ones. */
final class VenueRoutes {
    private static final String BASE = "/api/v1/venues";

    private final Http http;
    private final ManageVenuesUseCase venues;
    private final Clock clock;

    VenueRoutes(Http http, ManageVenuesUseCase venues, Clock clock) {
        this.http = http;
        this.venues = venues;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/expired", "Risk",
                        "Venues whose assessment has lapsed at an instant (default now)")
                .operationId("listExpiredVenues")
                .query("at", "string", "date-time", "the instant (default now)").returnsList(VenueResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(venues.expired(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)).stream()
                        .map(v -> VenueResource.from(v, clock.instant())).toList()))));
        routes.addAll(new Crud<>(http, BASE, "Risk", "venue", VenueDetails.class, VenueResource.class, VenueId::of,
                (VenueAssessment v) -> VenueResource.from(v, clock.instant()), VenueAssessment::version)
                .routes(venues));
        return routes;
    }
}
