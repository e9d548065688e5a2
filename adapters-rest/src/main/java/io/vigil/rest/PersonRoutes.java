package io.vigil.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.rest.resource.ImportResource;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.MissionResource;
import io.vigil.rest.resource.PageResource;
import io.vigil.rest.resource.PersonResource;
import io.vigil.rest.resource.PositionResource;
import io.vigil.rest.resource.PresenceResource;
import io.vigil.rest.resource.ResidenceResource;
import io.vigil.kernel.store.NotFoundException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Persons and dependents, and each person's residences, stays, missions and last known position. */
final class PersonRoutes {
    private static final String TAG = "Persons";
    private static final String BASE = "/api/v1/persons";

    private final Http http;
    private final ManagePersonsUseCase persons;
    private final ManageResidencesUseCase residences;
    private final ManagePresencesUseCase presences;
    private final ManageMissionsUseCase missions;
    private final ReportPositionUseCase positions;
    private final Optional<RosterImporter> importer;

    PersonRoutes(Http http, ManagePersonsUseCase persons, ManageResidencesUseCase residences,
                 ManagePresencesUseCase presences, ManageMissionsUseCase missions, ReportPositionUseCase positions,
                 Optional<RosterImporter> importer) {
        this.http = http;
        this.persons = persons;
        this.residences = residences;
        this.presences = presences;
        this.missions = missions;
        this.positions = positions;
        this.importer = importer;
    }

    List<ApiRoute> routes() {
        Crud<PersonId, PersonDetails, PersonView, PersonResource> crud = new Crud<>(http, BASE, TAG, "person",
                PersonDetails.class, PersonResource.class, PersonId::of, PersonResource::from,
                v -> v.person().version());
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, BASE, TAG, "List the office's persons")
                .query("category", "string", null, "only this category, e.g. INTERNATIONAL_STAFF")
                .query("orgUnit", "string", null, "only this organisation unit")
                .query("q", "string", null, "only names containing this text")
                .returnsPage(PersonResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(
                        persons.list(actor, listQuery(ctx), Http.page(ctx)), PersonResource::from))));
        routes.addAll(crud.routes(persons::register, persons::get, persons::update, persons::remove, null));
        String item = crud.item();
        routes.add(ApiRoute.route(HandlerType.GET, item + "/dependents", TAG, "List a sponsor's dependents")
                .returnsList(PersonResource.class)
                .handle((ctx, actor) -> crud.sendList(ctx, persons.dependents(actor, crud.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/residences", TAG, "List a person's residences")
                .returnsList(ResidenceResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(residences.ofPerson(actor,
                        crud.id(ctx)).stream().map(ResidenceResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/presences", TAG, "List a person's stays, latest first")
                .returnsList(PresenceResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(presences.ofPerson(actor,
                        crud.id(ctx)).stream().map(PresenceResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/missions", TAG, "List the missions a person travels on")
                .returnsList(MissionResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(missions.ofPerson(actor,
                        crud.id(ctx)).stream().map(MissionResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, item + "/position", TAG, "Read a person's last known position")
                .returns(PositionResource.class)
                .handle((ctx, actor) -> {
                    PersonId id = crud.id(ctx);
                    http.send(ctx, 200, PositionResource.from(positions.lastKnown(actor, id).orElseThrow(
                            () -> new NotFoundException("position of person", id))));
                }));
        importer.ifPresent(roster -> routes.add(ApiRoute.route(HandlerType.POST, BASE + "/import", TAG,
                        "Import a CSV staff roster; good rows are imported, bad rows reported by line")
                .body(String.class, "text/csv").returns(ImportResource.class)
                .handle((ctx, actor) -> {
                    Http.requireMediaType(ctx, "text/csv");
                    try (Reader csv = new InputStreamReader(ctx.bodyInputStream(), StandardCharsets.UTF_8)) {
                        http.send(ctx, 200, ImportResource.from(roster.importRoster(actor, csv)));
                    }
                })));
        return routes;
    }

    private static PersonListQuery listQuery(Context ctx) {
        PersonCategory category = Http.param(ctx, "category",
                s -> PersonCategory.valueOf(s.toUpperCase(Locale.ROOT)), "one of " + List.of(PersonCategory.values()))
                .orElse(null);
        return new PersonListQuery(category, Http.textParam(ctx, "orgUnit").orElse(null),
                Http.textParam(ctx, "q").orElse(null));
    }
}
