package io.vigil.guard.application;

import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.domain.IssueId;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceIssuesUseCase;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.guard.port.out.PerformanceLog;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Performance issues on a contract's posts; an issue resting on an inspection names one of the contract's. */
final class IssueService extends GuardedRecordsService<IssueId, IssueDetails, PerformanceIssue>
        implements PerformanceIssuesUseCase {
    private final PerformanceLog issues;
    private final InspectionLog inspections;
    private final VendorScope contracts;
    private final CommandValidator validator;
    private final Clock clock;

    IssueService(PerformanceLog issues, InspectionLog inspections, VendorScope contracts, AccessGuard guard,
                 CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>("guard-issue", GuardData.GUARD_PERFORMANCE, issues, issues::list, guard));
        this.issues = issues;
        this.inspections = inspections;
        this.contracts = contracts;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PerformanceIssue create(Actor actor, IssueDetails details) {
        validator.validate(details);
        IssueId id = IssueId.random();
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, id.toString());
        GuardContract contract = contracts.contract(actor, details.contract(), "contract");
        PerformanceIssue built = build(actor, id, 0, contract, details);
        if (issues.ofContract(actor.office(), contract.id()).size() >= MAX_PER_CONTRACT) {
            throw RefusedException.because("contract " + contract.reference() + " already holds " + MAX_PER_CONTRACT
                    + " performance issues");
        }
        return records.create(actor, built);
    }

    @Override
    public PerformanceIssue update(Actor actor, IssueId id, long expectedVersion, IssueDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            if (!details.contract().equals(current.contract().value())) {
                throw InvalidCommandException.of("contract", "must stay that of the issue");
            }
            return build(actor, id, expectedVersion, contracts.contract(current.contract()), details);
        });
    }

    private PerformanceIssue build(Actor actor, IssueId id, long version, GuardContract contract, IssueDetails d) {
        if (contract.post(d.post()).isEmpty()) {
            throw InvalidCommandException.of("post", "is not a post of contract " + contract.reference() + ": "
                    + d.post());
        }
        if (d.evidence().kind() == EvidenceKind.INSPECTION && !inspectionOf(contract, d.evidence().reference())) {
            throw InvalidCommandException.of("evidence.reference", "must be the id of an inspection under contract "
                    + contract.reference());
        }
        return CommandValidator.build("body", () -> new PerformanceIssue(id, actor.office(), version, contract.id(),
                d.type(), d.post(), d.date(), d.hours(), Optional.ofNullable(d.badge()), d.evidence(), d.description(),
                actor.subject(), clock.instant()));
    }

    private boolean inspectionOf(GuardContract contract, String reference) {
        try {
            return inspections.findById(new InspectionId(UUID.fromString(reference)))
                    .filter(i -> i.contract().equals(contract.id())).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
