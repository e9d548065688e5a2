package io.vigil.rest.people;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.audit.AuditEntryResource;
import io.vigil.rest.resource.PageResource;
import java.time.Clock;
import java.util.List;

/** The locator's queries and the audit trail that records who asked them. */
final class LocatorRoutes {
    private final Http http;
    private final LocatePersonnelUseCase locator;
    private final AuditTrail audit;
    private final Clock clock;

    LocatorRoutes(Http http, LocatePersonnelUseCase locator, AuditTrail audit, Clock clock) {
        this.http = http;
        this.locator = locator;
        this.audit = audit;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.route(HandlerType.POST, "/api/v1/locator/search", "Locator",
                                "Who is, or was, within this area between these times, each hit with its reason")
                        .body(LocateQuery.class).returns(LocatorResource.class)
                        .handle((ctx, actor) -> http.send(ctx, 200,
                                LocatorResource.from(locator.locate(actor, http.body(ctx, LocateQuery.class))))),
                ApiRoute.route(HandlerType.GET, "/api/v1/locator/headcount", "Locator",
                                "Who is in the country at an instant, by category and organisation unit")
                        .query("at", "string", "date-time", "the instant (default now)")
                        .returns(HeadcountResource.class)
                        .handle((ctx, actor) -> http.send(ctx, 200, HeadcountResource.from(locator.headcount(actor,
                                Http.instantParam(ctx, "at").orElseGet(clock::instant))))),
                ApiRoute.route(HandlerType.GET, "/api/v1/audit", "Audit",
                                "The office's audit trail, newest first: who read or changed what, and why allowed")
                        .operationId("listAuditEntries")
                        .query("actor", "string", null, "only entries by this actor (token subject)")
                        .query("person", "string", "uuid", "only entries about this person")
                        .returnsPage(AuditEntryResource.class)
                        .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(
                                audit.find(actor, auditQuery(ctx, actor), http.page(ctx)),
                                AuditEntryResource::from))));
    }

    private static AuditQuery auditQuery(Context ctx, Actor actor) {
        return new AuditQuery(actor.office(), Http.textParam(ctx, "actor"),
                Http.param(ctx, "person", PersonId::of, "a person id (UUID)"));
    }
}
