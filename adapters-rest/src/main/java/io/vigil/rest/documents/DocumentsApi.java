package io.vigil.rest.documents;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentReading;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.rest.ApiException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.PageResource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents context's routes: the library (documents, versions uploaded as their own media
 * type, content as stored or rendered to HTML, overdue reviews), disseminations with
 * acknowledgements, and who has not acknowledged what applies to them.
 */
public final class DocumentsApi implements RouteSet {
    private static final String BASE = "/api/v1/documents";
    private static final String TAG = "Documents";

    private final DocumentsUseCases documents;
    private final ManageOfficesUseCase offices;
    private final Clock clock;

    /** The routes over the documents use cases; the office profiles give the zone whose days reviews fall due on. */
    public DocumentsApi(DocumentsUseCases documents, ManageOfficesUseCase offices, Clock clock) {
        this.documents = documents;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        Crud<DocumentId, DocumentDetails, Document, DocumentResource> library = new Crud<>(http, BASE + "/library",
                TAG, "document", DocumentDetails.class, DocumentResource.class, DocumentId::of,
                d -> DocumentResource.from(d, clock.instant(), zone(d)), Document::version);
        routes.addAll(library.routes(documents.documents()));
        routes.add(ApiRoute.route(HandlerType.POST, library.item() + "/versions", TAG,
                        "Publish a new version: the body is its content, sent as text/markdown, application/pdf or"
                                + " text/plain (at most " + Content.MAX_BYTES + " bytes, else 413)")
                .body(String.class, "text/markdown")
                .query("note", "string", null, "what changed (at most 500 characters)")
                .returns(DocumentResource.class).status(201).ifMatch()
                .handle((ctx, actor) -> {
                    DocumentId id = library.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    byte[] body = ctx.bodyAsBytes();
                    if (body.length > Content.MAX_BYTES) {
                        throw new ApiException(413, "Content too large", "a document version is at most "
                                + Content.MAX_BYTES + " bytes; this one has " + body.length);
                    }
                    if (ctx.contentType() == null || ctx.contentType().isBlank()) {
                        throw InvalidCommandException.of("contentType", "must be given as the Content-Type header:"
                                + " text/markdown, application/pdf or text/plain");
                    }
                    Document published = documents.documents().publish(actor, id, expected,
                            new PublishDetails(ctx.contentType(), body, Http.textParam(ctx, "note").orElse(null)));
                    ctx.header("Location", library.item().replace("{id}", id.toString()) + "/versions/"
                            + published.current().orElseThrow().number());
                    library.sendOne(ctx, 201, published);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, library.item() + "/content", TAG,
                        "The current version's content as stored, in its media type (the restricted-areas list:"
                                + " generated now from the areas in force, as Markdown)")
                .produces("text/markdown")
                .handle((ctx, actor) -> raw(ctx, documents.documents().read(actor, library.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, library.item() + "/versions/{number}/content", TAG,
                        "One published version's content as stored, in its media type")
                .produces("text/markdown")
                .handle((ctx, actor) -> raw(ctx, documents.documents().read(actor, library.id(ctx),
                        number(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, library.item() + "/html", TAG,
                        "The current version rendered for reading: Markdown as HTML with raw HTML escaped, text"
                                + " in <pre>; a PDF is refused (409)")
                .produces("text/html")
                .handle((ctx, actor) -> html(ctx, documents.documents().read(actor, library.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, library.item() + "/versions/{number}/html", TAG,
                        "One published version rendered for reading, as the current one is")
                .produces("text/html")
                .handle((ctx, actor) -> html(ctx, documents.documents().read(actor, library.id(ctx),
                        number(ctx)))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/reviews/overdue", TAG,
                        "The documents the caller may read whose review date has passed, earliest due first")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(DocumentResource.class)
                .handle((ctx, actor) -> {
                    var at = Http.instantParam(ctx, "at").orElseGet(clock::instant);
                    http.send(ctx, 200, new ListResource<>(documents.documents().overdueReviews(actor, at).stream()
                            .map(d -> DocumentResource.from(d, at, zone(d))).toList()));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, library.item() + "/disseminations", TAG,
                        "Send the document's current version to an audience on the channels, through the outbox;"
                                + " each recipient then acknowledges it")
                .body(DisseminationDetails.class).returns(DisseminationResource.class).status(201)
                .handle((ctx, actor) -> {
                    DisseminationResource sent = DisseminationResource.from(documents.dissemination()
                            .disseminate(actor, library.id(ctx), http.body(ctx, DisseminationDetails.class)));
                    ctx.header("Location", BASE + "/disseminations/" + sent.id());
                    http.send(ctx, 201, sent);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/disseminations", TAG,
                        "The office's disseminations, latest first")
                .returnsPage(DisseminationResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(documents.dissemination()
                        .list(actor, http.page(ctx)), DisseminationResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/disseminations/{id}", TAG, "Read a dissemination")
                .returns(DisseminationResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, DisseminationResource.from(documents.dissemination()
                        .get(actor, dissemination(ctx))))));
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/disseminations/{id}/acknowledgement", TAG,
                        "Acknowledge, as the person the caller is, a document version they were sent")
                .returns(DisseminationResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, DisseminationResource.from(documents.dissemination()
                        .acknowledge(actor, dissemination(ctx))))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/acknowledgements/missing", TAG,
                        "Per procedure or policy, who it applies to has and has not acknowledged its current version")
                .query("at", "string", "date-time", "the instant the audiences are resolved at (default now)")
                .returns(MissingAcknowledgements.class)
                .handle((ctx, actor) -> http.send(ctx, 200, documents.dissemination().missing(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)))));
        return routes;
    }

    private static int number(Context ctx) {
        String raw = ctx.pathParam("number");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new ApiException(404, "Not found", "document version " + raw + " was not found");
        }
    }

    private static DisseminationId dissemination(Context ctx) {
        return Http.id(ctx, "id", DisseminationId::of, "dissemination");
    }

    private static void raw(Context ctx, DocumentReading r) {
        Http.etag(ctx, r.document().version());
        ctx.status(200).contentType(r.type().mediaType() + (r.type().mediaType().startsWith("text/")
                ? "; charset=utf-8" : "")).header("X-Document-Version", String.valueOf(r.versionNumber()))
                .result(r.content());
    }

    private static void html(Context ctx, DocumentReading r) {
        ctx.status(200).contentType("text/html; charset=utf-8")
                .result(MarkdownHtml.html(r).getBytes(StandardCharsets.UTF_8));
    }

    /** The document's office's zone, whose days reviews fall due on (UTC for an office without a profile). */
    private ZoneId zone(Document d) {
        return offices.zoneOf(d.office()).orElse(ZoneOffset.UTC);
    }
}
