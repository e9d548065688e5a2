package io.vigil.rest.liaison;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.in.ActionChangeDetails;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.liaison.port.in.ActivityPeriod;
import io.vigil.liaison.port.in.ContactEntryDetails;
import io.vigil.liaison.port.in.DecisionRecord;
import io.vigil.liaison.port.in.ExchangeDetails;
import io.vigil.liaison.port.in.LiaisonActivity;
import io.vigil.liaison.port.in.LiaisonAdviceDetails;
import io.vigil.liaison.port.in.LiaisonContactDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.in.MeetingDetails;
import io.vigil.liaison.port.in.MeetingSeriesDetails;
import io.vigil.liaison.port.in.OrganisationDetails;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.PageResource;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The liaison context's routes: organisations and contacts (stale ones too), the contact and
 * information logs, meeting series and meetings with their agenda of action items, action items with
 * their change log ("my actions", overdue ones, associates' tasks), advice with management's
 * decision, and the activity figures of a period.
 */
public final class LiaisonApi implements RouteSet {
    private static final String BASE = "/api/v1/liaison";
    private static final String TAG = "Liaison";

    private final LiaisonUseCases liaison;
    private final ManageOfficesUseCase offices;
    private final Clock clock;

    /** The routes over the liaison use cases; the office profiles give the zone whose days items fall due on. */
    public LiaisonApi(LiaisonUseCases liaison, ManageOfficesUseCase offices, Clock clock) {
        this.liaison = liaison;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new Crud<OrganisationId, OrganisationDetails, Organisation, OrganisationResource>(http,
                BASE + "/organisations", TAG, "organisation", OrganisationDetails.class, OrganisationResource.class,
                OrganisationId::of, OrganisationResource::from, Organisation::version)
                .routes(liaison.organisations()));
        Crud<LiaisonContactId, LiaisonContactDetails, LiaisonContact, LiaisonContactResource> contacts = new Crud<>(
                http, BASE + "/contacts", TAG, "contact", LiaisonContactDetails.class, LiaisonContactResource.class,
                LiaisonContactId::of, LiaisonContactResource::from, LiaisonContact::version);
        routes.addAll(contacts.routes(liaison.contacts()));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/stale-contacts", TAG,
                        "The contacts not reached for longer than their threshold of days at an instant, longest"
                                + " unreached first")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(StaleContactResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(liaison.contacts()
                        .stale(actor, Http.instantParam(ctx, "at").orElseGet(clock::instant)).stream()
                        .map(StaleContactResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, contacts.item() + "/log", TAG,
                        "The contact-log entries about one contact, latest first")
                .returnsList(ContactEntryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(liaison.contactLog()
                        .ofContact(actor, contacts.id(ctx)).stream().map(ContactEntryResource::from).toList()))));
        routes.add(ApiRoute.route(HandlerType.GET, contacts.item() + "/exchanges", TAG,
                        "The information exchanged with one contact, latest first")
                .returnsList(ExchangeResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(liaison.informationLog()
                        .ofContact(actor, contacts.id(ctx)).stream().map(ExchangeResource::from).toList()))));
        logs(http, routes);
        meetings(http, routes);
        actions(http, routes);
        advice(http, routes);
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/activity", TAG,
                        "The liaison figures of a period [from, to) as known at asOf, each with the ids it counts,"
                                + " for a programme review (at most 366 days)")
                .query("from", "string", "date-time", "the period's start (required)")
                .query("to", "string", "date-time", "the period's end, excluded (required)")
                .query("asOf", "string", "date-time", "count only what was recorded by then (default: to)")
                .returns(LiaisonActivity.class)
                .handle((ctx, actor) -> {
                    Optional<Instant> from = Http.instantParam(ctx, "from");
                    Optional<Instant> to = Http.instantParam(ctx, "to");
                    requireParams(from, to);
                    http.send(ctx, 200, liaison.activity().activity(actor, new ActivityPeriod(from.get(), to.get(),
                            Http.instantParam(ctx, "asOf").orElse(to.get()))));
                }));
        return routes;
    }

    private static void requireParams(Optional<Instant> from, Optional<Instant> to) {
        List<FieldViolation> missing = new ArrayList<>();
        if (from.isEmpty()) {
            missing.add(new FieldViolation("from", "must be given"));
        }
        if (to.isEmpty()) {
            missing.add(new FieldViolation("to", "must be given"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing);
        }
    }

    private void logs(Http http, List<ApiRoute> routes) {
        String entries = BASE + "/contact-entries";
        routes.add(ApiRoute.route(HandlerType.POST, entries, TAG, "Log that a contact was reached (met, called, ...)")
                .body(ContactEntryDetails.class).returns(ContactEntryResource.class).status(201)
                .handle((ctx, actor) -> {
                    ContactEntryResource e = ContactEntryResource.from(liaison.contactLog().log(actor,
                            http.body(ctx, ContactEntryDetails.class)));
                    ctx.header("Location", entries + "/" + e.id());
                    http.send(ctx, 201, e);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, entries, TAG, "The office's contact log, latest first")
                .returnsPage(ContactEntryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(liaison.contactLog().list(actor,
                        http.page(ctx)), ContactEntryResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, entries + "/{id}", TAG, "Read a contact-log entry")
                .returns(ContactEntryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, ContactEntryResource.from(liaison.contactLog().get(actor,
                        Http.id(ctx, "id", ContactEntryId::of, "contact entry"))))));
        String exchanges = BASE + "/exchanges";
        routes.add(ApiRoute.route(HandlerType.POST, exchanges, TAG,
                        "Record security information obtained from or shared with a contact; sharing above the"
                                + " contact's level is refused (409) with the reason")
                .body(ExchangeDetails.class).returns(ExchangeResource.class).status(201)
                .handle((ctx, actor) -> {
                    ExchangeResource e = ExchangeResource.from(liaison.informationLog().record(actor,
                            http.body(ctx, ExchangeDetails.class)));
                    ctx.header("Location", exchanges + "/" + e.id());
                    http.send(ctx, 201, e);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, exchanges, TAG, "The office's information log, latest first")
                .returnsPage(ExchangeResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(liaison.informationLog().list(actor,
                        http.page(ctx)), ExchangeResource::from))));
        routes.add(ApiRoute.route(HandlerType.GET, exchanges + "/{id}", TAG, "Read an information-log entry")
                .returns(ExchangeResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, ExchangeResource.from(liaison.informationLog().get(actor,
                        Http.id(ctx, "id", ExchangeId::of, "information exchange"))))));
    }

    private void meetings(Http http, List<ApiRoute> routes) {
        Records<MeetingSeriesId, MeetingSeriesDetails, MeetingSeries, MeetingSeriesResource> series = new Records<>(
                http, BASE + "/series", TAG, "meeting series", MeetingSeriesDetails.class,
                MeetingSeriesResource.class, MeetingSeriesId::of, MeetingSeriesResource::from, MeetingSeries::version);
        routes.addAll(series.routes(liaison.series(), "LiaisonMeetingSeries", "LiaisonMeetingSeries"));
        routes.add(ApiRoute.route(HandlerType.GET, series.crud().item() + "/meetings", TAG,
                        "The meetings of one series, latest first")
                .returnsList(MeetingResource.class).operationId("listLiaisonSeriesMeetings")
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(liaison.meetings()
                        .ofSeries(actor, series.crud().id(ctx)).stream().map(MeetingResource::from).toList()))));
        Crud<MeetingId, MeetingDetails, Meeting, MeetingResource> meetings = new Crud<>(http, BASE + "/meetings",
                TAG, "meeting", MeetingDetails.class, MeetingResource.class, MeetingId::of, MeetingResource::from,
                Meeting::version);
        routes.addAll(meetings.routes(liaison.meetings()));
        routes.add(ApiRoute.route(HandlerType.GET, meetings.item() + "/agenda", TAG,
                        "The meeting with its action items: the open items of the previous meeting it opened with"
                                + " first, in that meeting's order, then those raised at it")
                .returns(MeetingAgendaResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, MeetingAgendaResource.from(liaison.meetings()
                        .agenda(actor, meetings.id(ctx)), clock.instant(), zone(actor.office())))));
        routes.add(ApiRoute.route(HandlerType.POST, meetings.item() + "/actions", TAG,
                        "Raise an action item at the meeting: one owner (a person of the office), a due date")
                .body(ActionItemDetails.class).returns(ActionItemResource.class).status(201)
                .handle((ctx, actor) -> created(http, ctx, liaison.actions().raise(actor, meetings.id(ctx),
                        http.body(ctx, ActionItemDetails.class)))));
    }

    private void actions(Http http, List<ApiRoute> routes) {
        String actions = BASE + "/actions";
        routes.add(ApiRoute.route(HandlerType.GET, actions, TAG,
                        "The office's action items and associates' tasks, by opening")
                .returnsPage(ActionItemResource.class)
                .handle((ctx, actor) -> {
                    Instant now = clock.instant();
                    http.send(ctx, 200, PageResource.from(liaison.actions().list(actor, http.page(ctx)),
                            a -> ActionItemResource.from(a, now, zone(a.office()))));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, actions + "/{id}", TAG, "Read an action item, with its change log")
                .returns(ActionItemResource.class)
                .handle((ctx, actor) -> sendItem(http, ctx, 200, liaison.actions().get(actor, action(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, actions + "/{id}/changes", TAG,
                        "Change an action item's owner, due date or status (If-Match); each change is logged with"
                                + " who, when, from and to")
                .body(ActionChangeDetails.class).returns(ActionItemResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    ActionItemId id = action(ctx);
                    long expected = Http.ifMatch(ctx);
                    sendItem(http, ctx, 200, liaison.actions().change(actor, id, expected,
                            http.body(ctx, ActionChangeDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/my-actions", TAG,
                        "The open action items and tasks the caller owns, earliest due first")
                .returnsList(ActionItemResource.class)
                .handle((ctx, actor) -> items(http, ctx, liaison.actions().mine(actor))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/overdue-actions", TAG,
                        "The office's action items and tasks overdue at an instant (still open, due before that day"
                                + " in the office's zone), earliest due first")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(ActionItemResource.class)
                .handle((ctx, actor) -> items(http, ctx, liaison.actions().overdue(actor,
                        Http.instantParam(ctx, "at").orElseGet(clock::instant)))));
        String tasks = BASE + "/tasks";
        routes.add(ApiRoute.route(HandlerType.POST, tasks, TAG,
                        "Give a task to a field security associate the officer supervises (the owner), with a due date")
                .body(ActionItemDetails.class).returns(ActionItemResource.class).status(201)
                .handle((ctx, actor) -> created(http, ctx, liaison.actions().assign(actor,
                        http.body(ctx, ActionItemDetails.class)))));
        routes.add(ApiRoute.route(HandlerType.GET, tasks, TAG,
                        "The associates' tasks, of one associate or all, earliest due first; open ones unless all")
                .query("associate", "string", "uuid", "the associate's person id (default: every associate)")
                .query("all", "boolean", null, "true to include done and dropped tasks (default false)")
                .returnsList(ActionItemResource.class)
                .handle((ctx, actor) -> items(http, ctx, liaison.actions().tasks(actor,
                        Http.param(ctx, "associate", PersonId::of, "a person id"),
                        Http.param(ctx, "all", LiaisonApi::bool, "true or false").orElse(false)))));
    }

    private void advice(Http http, List<ApiRoute> routes) {
        Records<AdviceId, LiaisonAdviceDetails, LiaisonAdvice, AdviceResource> advice = new Records<>(http,
                BASE + "/advice", TAG, "advice", LiaisonAdviceDetails.class, AdviceResource.class, AdviceId::of,
                AdviceResource::from, LiaisonAdvice::version);
        routes.addAll(advice.routes(liaison.advice(), "LiaisonAdvice", "LiaisonAdvice"));
        routes.add(ApiRoute.route(HandlerType.POST, advice.crud().item() + "/decision", TAG,
                        "Record management's decision on the advice (accepted, partly, declined; the reason, who"
                                + " decided, when), once (If-Match)")
                .body(DecisionRecord.class).returns(AdviceResource.class).ifMatch()
                .operationId("decideLiaisonAdvice")
                .handle((ctx, actor) -> {
                    AdviceId id = advice.crud().id(ctx);
                    long expected = Http.ifMatch(ctx);
                    advice.crud().sendOne(ctx, 200, liaison.advice().decide(actor, id, expected,
                            http.body(ctx, DecisionRecord.class)));
                }));
    }

    private static Boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(raw);
        };
    }

    private static ActionItemId action(Context ctx) {
        return Http.id(ctx, "id", ActionItemId::of, "action item");
    }

    private void created(Http http, Context ctx, ActionItem a) throws IOException {
        ctx.header("Location", BASE + "/actions/" + a.id());
        sendItem(http, ctx, 201, a);
    }

    private void sendItem(Http http, Context ctx, int status, ActionItem a) throws IOException {
        Http.etag(ctx, a.version());
        http.send(ctx, status, ActionItemResource.from(a, clock.instant(), zone(a.office())));
    }

    private void items(Http http, Context ctx, List<ActionItem> items) throws IOException {
        Instant now = clock.instant();
        http.send(ctx, 200, new ListResource<>(items.stream().map(a -> ActionItemResource.from(a, now,
                zone(a.office()))).toList()));
    }

    /** The office's zone (UTC for an office without a profile). */
    private ZoneId zone(OfficeId office) {
        return offices.zoneOf(office).orElse(ZoneOffset.UTC);
    }
}
