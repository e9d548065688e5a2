package io.vigil.guard.application;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewId;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.guard.port.in.PerformanceReviewResponse;
import io.vigil.guard.port.in.PerformanceReviewsUseCase;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.guard.port.out.PerformanceReviewBook;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Periodic performance reviews: the evidence (issues with their deductions, inspections with their
 * results) gathered from the stores for the period; the decision is the security roles' alone, the
 * vendor of the contract reads its reviews and adds its response.
 */
final class PerformanceReviewService
        extends GuardedRecordsService<PerformanceReviewId, PerformanceReviewDetails, PerformanceReview>
        implements PerformanceReviewsUseCase {
    private static final String TYPE = "guard-review";
    private final PerformanceReviewBook reviews;
    private final GuardContractRegistry registry;
    private final PerformanceLog issues;
    private final InspectionLog inspections;
    private final VendorScope vendors;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    PerformanceReviewService(PerformanceReviewBook reviews, GuardContractRegistry registry, PerformanceLog issues,
                             InspectionLog inspections, VendorScope vendors, AccessGuard guard,
                             CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>(TYPE, GuardData.GUARD_SUBMISSIONS, reviews, reviews::list, guard));
        this.reviews = reviews;
        this.registry = registry;
        this.issues = issues;
        this.inspections = inspections;
        this.vendors = vendors;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PerformanceReview create(Actor actor, PerformanceReviewDetails details) {
        validator.validate(details);
        PerformanceReviewId id = PerformanceReviewId.random();
        refuseVendor(actor, AuditAction.CREATE, id.toString());
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, id.toString());
        GuardContract contract = vendors.contract(actor, details.contract(), "contract");
        PerformanceReview built = build(actor, id, 0, contract, details, Optional.empty());
        if (reviews.ofContract(actor.office(), contract.id()).size() >= MAX_PER_CONTRACT) {
            throw RefusedException.because("contract " + contract.reference() + " already holds " + MAX_PER_CONTRACT
                    + " performance reviews");
        }
        return records.create(actor, built);
    }

    @Override
    public PerformanceReview get(Actor actor, PerformanceReviewId id) {
        PerformanceReview review = records.get(actor, id);
        vendors.require(actor, vendors.contract(review.contract()), AuditAction.READ, TYPE, id.toString());
        return review;
    }

    @Override
    public Page<PerformanceReview> list(Actor actor, PageRequest page) {
        if (VendorScope.vendorOnly(actor)) {
            records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
            return vendors.page(actor, page, c -> reviews.ofContract(actor.office(), c),
                    PerformanceReviewBook.LATEST_FIRST);
        }
        return records.list(actor, page);
    }

    @Override
    public PerformanceReview update(Actor actor, PerformanceReviewId id, long expectedVersion,
                                    PerformanceReviewDetails details) {
        validator.validate(details);
        refuseVendor(actor, AuditAction.UPDATE, id.toString());
        return records.update(actor, id, current -> {
            if (!details.contract().equals(current.contract().value())) {
                throw InvalidCommandException.of("contract", "must stay that of the review");
            }
            return build(actor, id, expectedVersion, vendors.contract(current.contract()), details,
                    current.vendorResponse());
        });
    }

    @Override
    public void remove(Actor actor, PerformanceReviewId id, long expectedVersion) {
        refuseVendor(actor, AuditAction.DELETE, id.toString());
        super.remove(actor, id, expectedVersion);
    }

    @Override
    public PerformanceReview respond(Actor actor, PerformanceReviewId id, long expectedVersion,
                                     PerformanceReviewResponse response) {
        validator.validate(response);
        // another vendor is refused (and audited as refused) before the change is granted and audited
        reviews.findById(id).filter(r -> r.office().equals(actor.office())).ifPresent(r ->
                vendors.require(actor, vendors.contract(r.contract()), AuditAction.UPDATE, TYPE, id.toString()));
        return records.change(actor, id, expectedVersion, Operation.WRITE,
                current -> CommandValidator.build("response", () -> current.responded(response.response().strip())));
    }

    @Override
    public List<PerformanceReviewDue> overdue(Actor actor, LocalDate day) {
        refuseVendor(actor, AuditAction.LIST, actor.office().value());
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return Page.all(p -> registry.list(actor.office(), p)).stream()
                .filter(c -> !c.start().isAfter(day) && !c.effectiveEnd().isBefore(day))
                .map(c -> {
                    Optional<LocalDate> last = reviews.ofContract(actor.office(), c.id()).stream()
                            .map(PerformanceReview::to).max(Comparator.naturalOrder());
                    return new PerformanceReviewDue(c.id().value(), c.reference(), last, c.reviewEveryDays(),
                            PerformanceReview.due(c, last));
                })
                .filter(d -> d.due().isBefore(day))
                .sorted(Comparator.comparing(PerformanceReviewDue::due).thenComparing(PerformanceReviewDue::reference))
                .toList();
    }

    /** The vendor reads reviews and responds, never decides: anything else is refused and audited. */
    private void refuseVendor(Actor actor, AuditAction action, String id) {
        if (VendorScope.vendorOnly(actor)) {
            AccessDecision.Denied denied = new AccessDecision.Denied("vendor '" + actor.subject()
                    + "' reads performance reviews and responds to them; the review and its decision are the"
                    + " security roles'");
            guard.record(actor, action, TYPE, id, GuardData.GUARD_SUBMISSIONS, denied, List.of());
            throw new AccessDeniedException(denied.reason());
        }
    }

    private PerformanceReview build(Actor actor, PerformanceReviewId id, long version, GuardContract contract,
                                    PerformanceReviewDetails d, Optional<String> response) {
        List<PerformanceReviewIssue> gathered = PerformanceReview.issues(contract,
                issues.ofContract(actor.office(), contract.id()), d.from(), d.to());
        return CommandValidator.build("body", () -> new PerformanceReview(id, actor.office(), version, contract.id(),
                d.from(), d.to(), gathered, PerformanceReview.inspections(contract,
                inspections.ofContract(actor.office(), contract.id()), d.from(), d.to()),
                PerformanceReview.deducted(gathered), response, d.decision(), d.reasons(), actor.subject(),
                clock.instant()));
    }
}
