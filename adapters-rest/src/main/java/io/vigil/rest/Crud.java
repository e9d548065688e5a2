package io.vigil.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.rest.resource.Identified;
import io.vigil.rest.resource.PageResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The five routes of a versioned collection, written once: create (201, Location, ETag), list
 * (paged), read (ETag), replace (If-Match) and delete (If-Match, 204).
 *
 * @param <I> the id type
 * @param <D> the details a caller sends
 * @param <E> the domain entity
 * @param <R> the resource the API shows
 */
public final class Crud<I, D, E, R extends Identified> {
    private final Http http;
    private final String base;
    private final String tag;
    private final String noun;
    private final Class<D> details;
    private final Class<R> resource;
    private final Function<String, I> parseId;
    private final Function<? super E, R> view;
    private final ToLongFunction<? super E> version;

    public Crud(Http http, String base, String tag, String noun, Class<D> details, Class<R> resource,
         Function<String, I> parseId, Function<? super E, R> view, ToLongFunction<? super E> version) {
        this.http = http;
        this.base = base;
        this.tag = tag;
        this.noun = noun;
        this.details = details;
        this.resource = resource;
        this.parseId = parseId;
        this.view = view;
        this.version = version;
    }

    /** The path of one item. */
    public String item() {
        return base + "/{id}";
    }

    /** The id in the request path. */
    public I id(Context ctx) {
        return Http.id(ctx, "id", parseId, noun);
    }

    /** Writes one entity with its ETag. */
    public void sendOne(Context ctx, int status, E entity) throws IOException {
        Http.etag(ctx, version.applyAsLong(entity));
        http.send(ctx, status, view.apply(entity));
    }

    /** Writes a page of entities. */
    public void sendPage(Context ctx, Page<? extends E> page) throws IOException {
        http.send(ctx, 200, PageResource.from(page, view));
    }

    /** The collection's five routes over its use case. */
    public List<ApiRoute> routes(RecordsUseCase<I, D, E> records) {
        return routes(records, true);
    }

    /** The create, read, replace and delete routes, for a collection whose list route takes filters of its own. */
    public List<ApiRoute> routesWithoutList(RecordsUseCase<I, D, E> records) {
        return routes(records, false);
    }

    private List<ApiRoute> routes(RecordsUseCase<I, D, E> records, boolean listed) {
        String one = Http.withArticle(noun);
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.POST, base, tag, "Create " + one).body(details).returns(resource)
                .status(201).handle((ctx, actor) -> {
                    E created = records.create(actor, http.body(ctx, details));
                    ctx.header("Location", base + "/" + view.apply(created).id());
                    sendOne(ctx, 201, created);
                }));
        if (listed) {
            routes.add(ApiRoute.route(HandlerType.GET, base, tag, "List the office's " + plural(noun))
                    .returnsPage(resource)
                    .handle((ctx, actor) -> sendPage(ctx, records.list(actor, http.page(ctx)))));
        }
        routes.add(ApiRoute.route(HandlerType.GET, item(), tag, "Read " + one).returns(resource)
                .handle((ctx, actor) -> sendOne(ctx, 200, records.get(actor, id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.PUT, item(), tag, "Replace " + one).body(details).returns(resource)
                .ifMatch().handle((ctx, actor) -> {
                    I id = id(ctx);
                    long expected = Http.ifMatch(ctx);
                    sendOne(ctx, 200, records.update(actor, id, expected, http.body(ctx, details)));
                }));
        routes.add(ApiRoute.route(HandlerType.DELETE, item(), tag, "Delete " + one).status(204).ifMatch()
                .handle((ctx, actor) -> {
                    I id = id(ctx);
                    records.remove(actor, id, Http.ifMatch(ctx));
                    ctx.status(204);
                }));
        return routes;
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
