package io.vigil.rest.people;

import io.javalin.http.HandlerType;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import java.util.ArrayList;
import java.util.List;

/** Where persons live, when they are in the country, how they travel and where they report from. */
final class MovementRoutes {
    private final Http http;
    private final ManageResidencesUseCase residences;
    private final ManagePresencesUseCase presences;
    private final ManageMissionsUseCase missions;
    private final ReportPositionUseCase positions;

    MovementRoutes(Http http, ManageResidencesUseCase residences, ManagePresencesUseCase presences,
                   ManageMissionsUseCase missions, ReportPositionUseCase positions) {
        this.http = http;
        this.residences = residences;
        this.presences = presences;
        this.missions = missions;
        this.positions = positions;
    }

    List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new Crud<>(http, "/api/v1/residences", "Residences", "residence", ResidenceDetails.class,
                ResidenceResource.class, ResidenceId::of, ResidenceResource::from, Residence::version)
                .routes(residences));

        Crud<PresenceId, PresenceDetails, Presence, PresenceResource> stays = new Crud<>(http, "/api/v1/presences",
                "Presences", "presence", PresenceDetails.class, PresenceResource.class, PresenceId::of,
                PresenceResource::from, Presence::version);
        routes.addAll(stays.routes(presences));
        routes.add(ApiRoute.route(HandlerType.POST, stays.item() + "/departure", "Presences",
                        "Record the departure of an open stay")
                .operationId("recordDeparture").body(DepartureRequest.class)
                .returns(PresenceResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PresenceId id = stays.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    DepartureRequest request = http.body(ctx, DepartureRequest.class);
                    stays.sendOne(ctx, 200, presences.depart(actor, id, expected, request.departure()));
                }));

        routes.addAll(new Crud<>(http, "/api/v1/missions", "Missions", "mission", MissionDetails.class,
                MissionResource.class, MissionId::of, MissionResource::from, Mission::version)
                .routes(missions));

        routes.add(ApiRoute.route(HandlerType.POST, "/api/v1/positions", "Positions",
                        "Report a person's position (app check-in, radio, phone call)")
                .body(PositionDetails.class).returns(PositionResource.class).status(201)
                .handle((ctx, actor) -> http.send(ctx, 201,
                        PositionResource.from(positions.report(actor, http.body(ctx, PositionDetails.class))))));
        return routes;
    }
}
