package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.RollCallViewUseCase;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.people.port.in.PersonCard;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Csv;
import io.vigil.rest.Http;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The officer's roll-call view: as JSON (counts, filters, one page, changed since a cursor), as a
 * CSV export of every selected person, and as a server-sent event stream of its changes.
 */
final class RollCallViewRoutes {
    private static final String TAG = "Roll-calls";
    private static final String ITEM = "/api/v1/roll-calls/{id}";
    private static final String CSV_HEADER = "person,name,category,org_unit,household,zone,state,reason,phones,"
            + "changed_at,answered_at,channel,answers,changed_local,answered_local";
    private static final String FILTERS = "; state= (SAFE, NEEDS_HELP, AWAITING, WITH_WARDEN, WITH_OFFICER) and"
            + " zone= (a zone id, or " + RollCallViewQuery.NO_ZONE + " for persons living in no zone) filter the list;"
            + " the counts always cover everyone";

    private final Http http;
    private final RollCallViewUseCase views;
    private final RollCallEvents events;

    RollCallViewRoutes(Http http, RollCallViewUseCase views, RollCallEvents.Limits limits) {
        this.http = http;
        this.views = views;
        this.events = new RollCallEvents(http, views, limits);
    }

    List<ApiRoute> routes() {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(filters(ApiRoute.route(HandlerType.GET, ITEM + "/view", TAG,
                        "The officer's roll-call view: counts by state and by zone, and one page of persons with"
                                + " category, household, zone, reason and (for readers of contacts) phones" + FILTERS
                                + "; changedSince (an instant, or the cursor the last view returned) lists only the"
                                + " persons whose state or answers changed after it")
                .query("changedSince", "string", null, "an ISO-8601 instant or a cursor (<instant>~<answers>)")
                .query("offset", "integer", "int32", "items to skip (default 0)")
                .query("limit", "integer", "int32", "items to return, 1 to 500 (default 50)"))
                .returns(RollCallViewResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, RollCallViewResource.from(views.view(actor, id(ctx),
                        RollCallViewQueries.of(http, ctx, true))))));
        routes.add(filters(ApiRoute.route(HandlerType.GET, ITEM + "/view.csv", TAG,
                        "The roll-call's persons as CSV (UTF-8, RFC 4180, formula cells defused), with what the"
                                + " reader may see of each, as in the view; changed_at and answered_at in ISO-8601 UTC,"
                                + " changed_local and answered_local the same in the office's local time with its zone"
                                + " named" + FILTERS))
                .produces(Csv.MEDIA_TYPE)
                .handle((ctx, actor) -> {
                    String csv = csv(actor, id(ctx), RollCallViewQueries.of(http, ctx, false));
                    ctx.status(200).contentType(Csv.MEDIA_TYPE)
                            .header("Content-Disposition", "attachment; filename=\"roll-call-" + id(ctx) + ".csv\"")
                            .result(csv);
                }));
        routes.add(filters(ApiRoute.route(HandlerType.GET, ITEM + "/events", TAG,
                        "The roll-call's changes as server-sent events (send Accept: text/event-stream): a \"view\""
                                + " event with the first page, then a \"change\" event (counts and the persons changed)"
                                + " whenever something changes, checked every " + events.limits().interval()
                                .toSeconds() + " s; the stream ends with an \"end\" event after "
                                + events.limits().lifetime().toMinutes() + " minutes (reconnect with changedSince set"
                                + " to the last cursor); at most " + events.limits().connections()
                                + " streams are open at once (429 beyond)" + FILTERS)
                .query("changedSince", "string", null, "an ISO-8601 instant or a cursor (<instant>~<answers>)")
                .query("limit", "integer", "int32", "persons per event, 1 to 500 (default 50)"))
                .produces("text/event-stream")
                .handle((ctx, actor) -> events.stream(ctx, actor, id(ctx), RollCallViewQueries.of(http, ctx, true))));
        return routes;
    }

    private static ApiRoute.Builder filters(ApiRoute.Builder route) {
        return route.query("state", "string", null, "only persons in this state")
                .query("zone", "string", null, "only persons of this warden zone, or " + RollCallViewQuery.NO_ZONE);
    }

    /** Every selected person as CSV, read page by page through the view (each page audited as it is read). */
    private String csv(Actor actor, CommTestId id, RollCallViewQuery q) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        int offset = 0;
        long total;
        do {
            RollCallView v = views.view(actor, id, new RollCallViewQuery(q.state(), q.zone(), q.noZone(),
                    Optional.empty(), new PageRequest(offset, PageRequest.MAX_LIMIT)));
            v.persons().items().forEach(row -> out.append(Csv.line(line(row, v.zone()))));
            offset += v.persons().items().size();
            total = v.persons().total();
            if (v.persons().items().isEmpty()) {
                break;
            }
        } while (offset < total);
        return out.toString();
    }

    /** A person's cells: instants in ISO-8601 UTC for programs, and again in the office's local time, its zone named. */
    private static List<String> line(RollCallView.Row row, ZoneId zone) {
        var p = row.status();
        var card = row.card();
        String household = card.map(c -> c.sponsor().map(s -> "sponsor: " + s.name()).orElse(c.dependents()
                .isEmpty() ? "" : "dependents: " + c.dependents().stream().map(PersonCard.Member::name)
                .collect(Collectors.joining("; ")))).orElse("");
        return List.of(p.person().toString(), p.name(), card.map(PersonCard::category).orElse(""),
                card.map(PersonCard::orgUnit).orElse(""), household, p.zone().map(WardenZoneId::value).orElse(""),
                p.state().name(), p.reason(), card.flatMap(PersonCard::phones).map(l -> String.join("; ", l))
                        .orElse(""), row.changedAt().toString(), p.answer().map(CheckIn::at).map(Instant::toString)
                        .orElse(""), p.answer().map(a -> a.channel().name()).orElse(""),
                p.answers().stream().map(a -> a.answer().name()).collect(Collectors.joining("; ")),
                LocalTimes.format(row.changedAt(), zone), p.answer().map(a -> LocalTimes.format(a.at(), zone))
                        .orElse(""));
    }

    private static CommTestId id(Context ctx) {
        return Http.id(ctx, "id", CommTestId::of, "roll-call");
    }
}
