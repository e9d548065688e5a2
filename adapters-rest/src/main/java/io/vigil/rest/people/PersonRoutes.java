package io.vigil.rest.people;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.PageResource;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
                        persons.list(actor, listQuery(ctx), http.page(ctx)), PersonResource::from))));
        routes.addAll(crud.routesWithoutList(persons));
        String item = crud.item();
        routes.add(subList(crud, "/dependents", "List a sponsor's dependents", PersonResource.class,
                persons::dependents, PersonResource::from));
        routes.add(subList(crud, "/residences", "List a person's residences", ResidenceResource.class,
                residences::ofPerson, ResidenceResource::from));
        routes.add(subList(crud, "/presences", "List a person's stays, latest first", PresenceResource.class,
                presences::ofPerson, PresenceResource::from));
        routes.add(subList(crud, "/missions", "List the missions a person travels on", MissionResource.class,
                missions::ofPerson, MissionResource::from));
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

    /** {@code GET /api/v1/persons/{id}<suffix>}: a complete list of what belongs to one person. */
    private <T, R> ApiRoute subList(Crud<PersonId, ?, ?, ?> crud, String suffix, String summary, Class<R> type,
                                    BiFunction<Actor, PersonId, List<T>> read, Function<T, R> view) {
        return ApiRoute.route(HandlerType.GET, crud.item() + suffix, TAG, summary).returnsList(type)
                .handle((ctx, actor) -> http.send(ctx, 200,
                        new ListResource<>(read.apply(actor, crud.id(ctx)).stream().map(view).toList())));
    }

    private static PersonListQuery listQuery(Context ctx) {
        PersonCategory category = Http.param(ctx, "category",
                s -> PersonCategory.valueOf(s.toUpperCase(Locale.ROOT)), "one of " + List.of(PersonCategory.values()))
                .orElse(null);
        return new PersonListQuery(category, Http.textParam(ctx, "orgUnit").orElse(null),
                Http.textParam(ctx, "q").orElse(null));
    }
}
