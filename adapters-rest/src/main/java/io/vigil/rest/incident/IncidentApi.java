package io.vigil.rest.incident;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.in.AcknowledgementDetails;
import io.vigil.incident.port.in.ActionDetails;
import io.vigil.incident.port.in.EnquiryDetails;
import io.vigil.incident.port.in.FindingDetails;
import io.vigil.incident.port.in.IncidentCrisisActivationDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentExport;
import io.vigil.incident.port.in.IncidentRollCallDetails;
import io.vigil.incident.port.in.IncidentSettingsDetails;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.in.MeasureDetails;
import io.vigil.incident.port.in.OverdueItem;
import io.vigil.incident.port.in.TrendFinding;
import io.vigil.incident.port.in.WrittenReportDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.ListResource;
import io.vigil.rest.resource.PageResource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident context's routes under {@code /api/v1/incidents}: reports with their written report,
 * acknowledgements, follow-up actions, roll-call, crisis team activation and closing; preliminary enquiries (need-to-know);
 * the office's settings; the late and overdue views; trends that mark risk assessments for review;
 * the export in JSON or CSV.
 */
public final class IncidentApi implements RouteSet {
    private static final String BASE = "/api/v1/incidents";
    private static final String TAG = "Incidents";

    private final IncidentUseCases incident;
    private final Clock clock;

    public IncidentApi(IncidentUseCases incident, Clock clock) {
        this.incident = incident;
        this.clock = clock;
    }

    /** Step {@code number} of a path ({@code /actions/{number}}): a whole number, or no such step (404). */
    private static int number(Context ctx) {
        return Http.id(ctx, "number", Integer::parseInt, "step");
    }

    private static Instant at(Context ctx, Clock clock) {
        return Http.instantParam(ctx, "at").orElseGet(clock::instant);
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        Crud<IncidentReportId, IncidentDetails, IncidentReport, IncidentResource> reports = new Crud<>(http,
                BASE + "/reports", TAG, "incident report", IncidentDetails.class, IncidentResource.class,
                IncidentReportId::of, r -> IncidentResource.from(r, clock.instant()), IncidentReport::version);
        routes.addAll(reports.routes(incident.reports()));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/written-report", TAG,
                        "Submit the written report (due 24 h after a critical incident, 48 h after others); the"
                                + " reporting chain is told")
                .body(WrittenReportDetails.class).returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    reports.sendOne(ctx, 200, incident.reports().submitWritten(actor, id, expected,
                            http.body(ctx, WrittenReportDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/acknowledgements", TAG,
                        "Record a reporting chain member's acknowledgement of the latest notice to their role")
                .body(AcknowledgementDetails.class).returns(IncidentResource.class)
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    reports.sendOne(ctx, 200, incident.reports().acknowledge(actor, id,
                            http.body(ctx, AcknowledgementDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/actions", TAG,
                        "Add a follow-up action with its owner and due date")
                .body(ActionDetails.class).returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    reports.sendOne(ctx, 200, incident.reports().addAction(actor, id, expected,
                            http.body(ctx, ActionDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/actions/{number}/done", TAG,
                        "Mark a follow-up action done")
                .returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    int n = number(ctx);
                    reports.sendOne(ctx, 200, incident.reports().completeAction(actor, id, n, Http.ifMatch(ctx)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/roll-call", TAG,
                        "Start a roll-call over the incident's area (the alerting context); the report keeps its id")
                .body(IncidentRollCallDetails.class).returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    reports.sendOne(ctx, 200, incident.reports().startRollCall(actor, id, expected,
                            http.body(ctx, IncidentRollCallDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/crisis-activation", TAG,
                        "Activate the crisis team from the incident (the crisis context); the report keeps the"
                                + " activation's id and the activation the incident's")
                .operationId("activateIncidentReportCrisisTeam")
                .body(IncidentCrisisActivationDetails.class).returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    reports.sendOne(ctx, 200, incident.reports().activateCrisisTeam(actor, id, expected,
                            http.body(ctx, IncidentCrisisActivationDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, reports.item() + "/close", TAG,
                        "Close the incident; refused (409, naming each) while an action or an enquiry is open")
                .returns(IncidentResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    IncidentReportId id = reports.id(ctx);
                    reports.sendOne(ctx, 200, incident.reports().close(actor, id, Http.ifMatch(ctx)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/reports-to-complete", TAG,
                        "Open incidents the officer is still to complete: flash reports from the field by SMS, with"
                                + " the subtype to-classify and no point or area yet; latest first")
                .returnsList(IncidentResource.class)
                .handle((ctx, actor) -> {
                    Instant now = clock.instant();
                    http.send(ctx, 200, new ListResource<>(incident.flashReports().toComplete(actor).stream()
                            .map(r -> IncidentResource.from(r, now)).toList()));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/late-reports", TAG,
                        "Open incidents whose written report is late at an instant (default now), or came late")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(IncidentResource.class)
                .handle((ctx, actor) -> {
                    Instant at = at(ctx, clock);
                    http.send(ctx, 200, new ListResource<>(incident.reports().lateReports(actor, at).stream()
                            .map(r -> IncidentResource.from(r, at)).toList()));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/overdue", TAG,
                        "Follow-up actions of open incidents, and corrective measures of the open enquiries the"
                                + " reader may read, past due at an instant (default now)")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(OverdueItem.class)
                .handle((ctx, actor) -> {
                    Instant at = at(ctx, clock);
                    List<OverdueItem> all = new ArrayList<>(incident.reports().overdueActions(actor, at));
                    all.addAll(incident.enquiries().overdueMeasures(actor, at));
                    http.send(ctx, 200, new ListResource<>(all));
                }));
        enquiries(http, routes);
        settings(http, routes);
        analysis(http, routes);
        return routes;
    }

    private void enquiries(Http http, List<ApiRoute> routes) {
        String base = BASE + "/enquiries";
        String item = base + "/{id}";
        routes.add(ApiRoute.route(HandlerType.POST, base, TAG,
                        "Open a preliminary enquiry (the security officer), naming its investigators")
                .body(EnquiryDetails.class).returns(EnquiryResource.class).status(201)
                .handle((ctx, actor) -> {
                    Enquiry e = incident.enquiries().open(actor, http.body(ctx, EnquiryDetails.class));
                    ctx.header("Location", base + "/" + e.id());
                    sendEnquiry(http, ctx, 201, e);
                }));
        routes.add(ApiRoute.route(HandlerType.GET, base, TAG,
                        "The enquiries the reader may read: all for the officer, their own for an investigator")
                .returnsPage(EnquiryResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(incident.enquiries().list(actor,
                        http.page(ctx)), e -> EnquiryResource.from(e, clock.instant())))));
        routes.add(ApiRoute.route(HandlerType.GET, item, TAG,
                        "Read an enquiry (the officer and its investigators only; every read is audited)")
                .returns(EnquiryResource.class)
                .handle((ctx, actor) -> sendEnquiry(http, ctx, 200, incident.enquiries().get(actor,
                        enquiryId(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/findings", TAG, "Add a finding to an enquiry")
                .body(FindingDetails.class).returns(EnquiryResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    EnquiryId id = enquiryId(ctx);
                    long expected = Http.ifMatch(ctx);
                    sendEnquiry(http, ctx, 200, incident.enquiries().addFinding(actor, id, expected,
                            http.body(ctx, FindingDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/measures", TAG,
                        "Add a corrective measure agreed with a local authority, with its owner and due date")
                .body(MeasureDetails.class).returns(EnquiryResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    EnquiryId id = enquiryId(ctx);
                    long expected = Http.ifMatch(ctx);
                    sendEnquiry(http, ctx, 200, incident.enquiries().addMeasure(actor, id, expected,
                            http.body(ctx, MeasureDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/measures/{number}/done", TAG,
                        "Mark a corrective measure done")
                .returns(EnquiryResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    EnquiryId id = enquiryId(ctx);
                    int n = number(ctx);
                    sendEnquiry(http, ctx, 200, incident.enquiries().completeMeasure(actor, id, n,
                            Http.ifMatch(ctx)));
                }));
        routes.add(ApiRoute.route(HandlerType.POST, item + "/close", TAG,
                        "Close an enquiry (the officer); refused without a finding or while a measure is open")
                .returns(EnquiryResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    EnquiryId id = enquiryId(ctx);
                    sendEnquiry(http, ctx, 200, incident.enquiries().close(actor, id, Http.ifMatch(ctx)));
                }));
    }

    private static EnquiryId enquiryId(Context ctx) {
        return Http.id(ctx, "id", EnquiryId::of, "enquiry");
    }

    private void sendEnquiry(Http http, Context ctx, int status, Enquiry e) throws java.io.IOException {
        Http.etag(ctx, e.version());
        http.send(ctx, status, EnquiryResource.from(e, clock.instant()));
    }

    private void settings(Http http, List<ApiRoute> routes) {
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/settings", TAG,
                        "The office's incident settings: taxonomy, reporting chain, export code mapping (version 0:"
                                + " the standard ones)")
                .returns(IncidentSettingsResource.class)
                .handle((ctx, actor) -> {
                    IncidentSettingsResource s = IncidentSettingsResource.from(incident.settings().get(actor));
                    Http.etag(ctx, s.version());
                    http.send(ctx, 200, s);
                }));
        routes.add(ApiRoute.route(HandlerType.PUT, BASE + "/settings", TAG,
                        "Set the office's taxonomy, reporting chain and export code mapping")
                .body(IncidentSettingsDetails.class).returns(IncidentSettingsResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    long expected = Http.ifMatch(ctx);
                    IncidentSettingsResource s = IncidentSettingsResource.from(incident.settings().set(actor,
                            expected, http.body(ctx, IncidentSettingsDetails.class)));
                    Http.etag(ctx, s.version());
                    http.send(ctx, 200, s);
                }));
    }

    private void analysis(Http http, List<ApiRoute> routes) {
        routes.add(ApiRoute.route(HandlerType.POST, BASE + "/trends/review", TAG,
                        "Find trends (three incidents of one category in an approved risk assessment's area within"
                                + " 90 days) and mark those assessments \"review suggested\", citing the incidents")
                .query("at", "string", "date-time", "the instant (default now)")
                .returnsList(TrendFinding.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(incident.analysis()
                        .reviewTrends(actor, at(ctx, clock))))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/export", TAG,
                        "The incidents from one instant up to another in a neutral format, each subtype mapped to"
                                + " the external code list (refused, naming them, for unmapped subtypes)")
                .query("from", "string", "date-time", "the first instant (required)")
                .query("until", "string", "date-time", "the instant after the last (required)")
                .returns(IncidentExport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, export(ctx, actor))));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/export.csv", TAG,
                        "The same export as CSV (RFC 4180, a header line; counts of persons by harm, never names)")
                .query("from", "string", "date-time", "the first instant (required)")
                .query("until", "string", "date-time", "the instant after the last (required)")
                .produces(io.vigil.rest.Csv.MEDIA_TYPE)
                .handle((ctx, actor) -> ctx.status(200).contentType(io.vigil.rest.Csv.MEDIA_TYPE)
                        .result(export(ctx, actor).csv())));
    }

    private IncidentExport export(Context ctx, Actor actor) {
        List<io.vigil.kernel.validation.FieldViolation> missing = new ArrayList<>();
        java.util.Optional<Instant> from = Http.instantParam(ctx, "from");
        java.util.Optional<Instant> until = Http.instantParam(ctx, "until");
        if (from.isEmpty()) {
            missing.add(new io.vigil.kernel.validation.FieldViolation("from", "is required"));
        }
        if (until.isEmpty()) {
            missing.add(new io.vigil.kernel.validation.FieldViolation("until", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing);
        }
        return incident.analysis().export(actor, from.get(), until.get());
    }
}
