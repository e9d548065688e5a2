package io.vigil.rest.liaison;

import io.javalin.http.HandlerType;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.resource.Identified;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The five routes of a liaison collection whose path does not name its operations well ("series",
 * "advice"): those of {@link Crud}, each with the operation id given.
 */
final class Records<I, D, E, R extends Identified> {
    private final Http http;
    private final String base;
    private final String tag;
    private final String noun;
    private final Class<D> details;
    private final Class<R> resource;
    private final Crud<I, D, E, R> crud;
    private final Function<? super E, R> view;

    Records(Http http, String base, String tag, String noun, Class<D> details, Class<R> resource,
            Function<String, I> parseId, Function<? super E, R> view, ToLongFunction<? super E> version) {
        this.http = http;
        this.base = base;
        this.tag = tag;
        this.noun = noun;
        this.details = details;
        this.resource = resource;
        this.view = view;
        this.crud = new Crud<>(http, base, tag, noun, details, resource, parseId, view, version);
    }

    Crud<I, D, E, R> crud() {
        return crud;
    }

    /** Create, list, read, replace, delete, named {@code create<Name>}, {@code list<Names>}, {@code get<Name>}, .... */
    List<ApiRoute> routes(RecordsUseCase<I, D, E> records, String name, String names) {
        String one = Http.withArticle(noun);
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, base, tag, "Create " + one).body(details).returns(resource)
                .status(201).operationId("create" + name).handle((ctx, actor) -> {
                    E created = records.create(actor, http.body(ctx, details));
                    R shown = view.apply(created);
                    ctx.header("Location", base + "/" + shown.id());
                    crud.sendOne(ctx, 201, created);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, base, tag, "List the office's " + noun).returnsPage(resource)
                .operationId("list" + names)
                .handle((ctx, actor) -> crud.sendPage(ctx, records.list(actor, http.page(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, crud.item(), tag, "Read " + one).returns(resource)
                .operationId("get" + name)
                .handle((ctx, actor) -> crud.sendOne(ctx, 200, records.get(actor, crud.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.PUT, crud.item(), tag, "Replace " + one).body(details).returns(resource)
                .ifMatch().operationId("update" + name).handle((ctx, actor) -> {
                    I id = crud.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    crud.sendOne(ctx, 200, records.update(actor, id, expected, http.body(ctx, details)));
                }));
        routes.add(ApiRoute.route(HandlerType.DELETE, crud.item(), tag, "Delete " + one).status(204).ifMatch()
                .operationId("delete" + name).handle((ctx, actor) -> {
                    I id = crud.id(ctx);
                    records.remove(actor, id, Http.ifMatch(ctx));
                    ctx.status(204);
                }));
        return routes;
    }
}
