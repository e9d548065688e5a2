package io.vigil.rest.guard;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.LabourViolation;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.in.CertifyDetails;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.ExtensionDetails;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.InspectionDue;
import io.vigil.guard.port.in.InvoiceDetails;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.guard.port.in.PerformanceReviewResponse;
import io.vigil.guard.port.in.RosterDetails;
import io.vigil.guard.port.in.StandardsDetails;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.rest.resource.ListResource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The guard-force context's routes: contracts (with extensions, end-of-term notices and the
 * inspection schedule), labour standards, the vendors' rosters (with their violations) and
 * invoices (with their check and certification), performance issues, site inspections and periodic
 * performance reviews (with the vendor's response and the overdue list).
 */
public final class GuardApi implements RouteSet {
    private static final String BASE = "/api/v1/guard";
    private static final String TAG = "Guard force";

    private final GuardUseCases guard;
    private final ManageOfficesUseCase offices;
    private final Clock clock;

    /**
     * The routes over the context's use cases; {@code clock} gives today when a day is not asked, a day
     * of the office's zone from its profile (UTC for an office without one).
     */
    public GuardApi(GuardUseCases guard, ManageOfficesUseCase offices, Clock clock) {
        this.guard = guard;
        this.offices = offices;
        this.clock = clock;
    }

    private LocalDate day(Context ctx, Actor actor) {
        return Http.param(ctx, "day", LocalDate::parse, "a date such as 2026-03-31").orElseGet(() -> LocalTimes.day(
                clock.instant(), offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC)));
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/notices", TAG,
                        "Contracts whose end-of-term notice has fallen due on the day (default today) and whose term"
                                + " has not ended, soonest end first")
                .query("day", "string", "date", "the day (default today, UTC)")
                .returnsList(ContractResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(guard.contracts()
                        .noticesDue(actor, day(ctx, actor)).stream().map(ContractResource::from).toList()))));
        Crud<GuardContractId, ContractDetails, GuardContract, ContractResource> contracts = new Crud<>(http,
                BASE + "/contracts", TAG, "guard contract", ContractDetails.class, ContractResource.class,
                GuardContractId::of, ContractResource::from, GuardContract::version);
        routes.addAll(contracts.routes(guard.contracts()));
        routes.add(ApiRoute.route(HandlerType.POST, contracts.item() + "/extensions", TAG,
                        "Extend a contract's term to a new end, with the amendment's reference")
                .body(ExtensionDetails.class).returns(ContractResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    GuardContractId id = contracts.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    contracts.sendOne(ctx, 200, guard.contracts().extend(actor, id, expected,
                            http.body(ctx, ExtensionDetails.class)));
                }));
        routes.add(ApiRoute.route(HandlerType.GET, contracts.item() + "/inspection-schedule", TAG,
                        "Each site of the contract with its next inspection: due day, overdue or not, and a suggested"
                                + " time that varies so inspections are not predictable")
                .query("day", "string", "date", "the day (default today, UTC)")
                .returnsList(InspectionDue.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(guard.inspections()
                        .schedule(actor, contracts.id(ctx), day(ctx, actor))))));
        routes.addAll(new Crud<StandardsId, StandardsDetails, LabourStandards, StandardsResource>(http,
                BASE + "/standards", TAG, "labour standard", StandardsDetails.class, StandardsResource.class,
                StandardsId::of, StandardsResource::from, LabourStandards::version).routes(guard.standards()));
        Crud<RosterId, RosterDetails, Roster, RosterResource> rosters = new Crud<>(http, BASE + "/rosters", TAG,
                "roster", RosterDetails.class, RosterResource.class, RosterId::of, RosterResource::from,
                Roster::version);
        routes.addAll(rosters.routes(guard.rosters()));
        routes.add(ApiRoute.route(HandlerType.GET, rosters.item() + "/violations", TAG,
                        "The roster's violations of its country's labour standards: guard, dates, rule and values")
                .returnsList(LabourViolation.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(guard.rosters()
                        .violations(actor, rosters.id(ctx))))));
        Crud<InvoiceId, InvoiceDetails, Invoice, InvoiceResource> invoices = new Crud<>(http, BASE + "/invoices", TAG,
                "invoice", InvoiceDetails.class, InvoiceResource.class, InvoiceId::of, InvoiceResource::from,
                Invoice::version);
        routes.addAll(invoices.routes(guard.invoices()));
        routes.add(ApiRoute.route(HandlerType.GET, invoices.item() + "/check", TAG,
                        "The invoice checked line by line against the contract, roster, issues and labour standards:"
                                + " expected lines, differences with their reasons, deductions, violations; decides nothing")
                .returns(CertificationReport.class)
                .handle((ctx, actor) -> http.send(ctx, 200, guard.invoices().check(actor, invoices.id(ctx)))));
        routes.add(ApiRoute.route(HandlerType.POST, invoices.item() + "/certification", TAG,
                        "Certify the invoice (the security officer alone): certified when every line matches, the"
                                + " roster is attached and every violation is waived with a reason; otherwise rejected"
                                + " with every difference and violation")
                .body(CertifyDetails.class).returns(CertificationResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    InvoiceId id = invoices.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    CertificationResource result = CertificationResource.from(guard.invoices().certify(actor, id,
                            expected, http.body(ctx, CertifyDetails.class)));
                    Http.etag(ctx, result.invoice().version());
                    http.send(ctx, 200, result);
                }));
        routes.addAll(new Crud<IssueId, IssueDetails, PerformanceIssue, IssueResource>(http, BASE + "/issues", TAG,
                "performance issue", IssueDetails.class, IssueResource.class, IssueId::of, IssueResource::from,
                PerformanceIssue::version).routes(guard.issues()));
        routes.addAll(new Crud<InspectionId, InspectionDetails, Inspection, InspectionResource>(http,
                BASE + "/inspections", TAG, "inspection", InspectionDetails.class, InspectionResource.class,
                InspectionId::of, InspectionResource::from, Inspection::version).routes(guard.inspections()));
        routes.add(ApiRoute.route(HandlerType.GET, BASE + "/overdue-reviews", TAG,
                        "Contracts in force whose periodic performance review fell due before the day (default"
                                + " today): the last period reviewed plus the contract's reviewEveryDays, longest"
                                + " overdue first; security roles only")
                .query("day", "string", "date", "the day (default today, UTC)")
                .returnsList(PerformanceReviewDue.class)
                .handle((ctx, actor) -> http.send(ctx, 200, new ListResource<>(guard.reviews()
                        .overdue(actor, day(ctx, actor))))));
        Crud<PerformanceReviewId, PerformanceReviewDetails, PerformanceReview, PerformanceReviewResource> reviews =
                new Crud<>(http, BASE + "/reviews", TAG, "performance review", PerformanceReviewDetails.class,
                        PerformanceReviewResource.class, PerformanceReviewId::of, PerformanceReviewResource::from,
                        PerformanceReview::version);
        routes.addAll(reviews.routes(guard.reviews()));
        routes.add(ApiRoute.route(HandlerType.POST, reviews.item() + "/response", TAG,
                        "Record the vendor's response to a performance review (the contract's vendor, or a security"
                                + " role); never the decision")
                .operationId("respondToGuardReview")
                .body(PerformanceReviewResponse.class).returns(PerformanceReviewResource.class).ifMatch()
                .handle((ctx, actor) -> {
                    PerformanceReviewId id = reviews.id(ctx);
                    long expected = Http.ifMatch(ctx);
                    reviews.sendOne(ctx, 200, guard.reviews().respond(actor, id, expected,
                            http.body(ctx, PerformanceReviewResponse.class)));
                }));
        return routes;
    }
}
