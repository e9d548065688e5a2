package io.vigil.guard.application;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.domain.InspectionSchedule;
import io.vigil.guard.domain.Post;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.InspectionDue;
import io.vigil.guard.port.in.InspectionsUseCase;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Site inspections at a contract's sites, and each site's next one on the contract's schedule. */
final class InspectionService extends GuardedRecordsService<InspectionId, InspectionDetails, Inspection>
        implements InspectionsUseCase {
    private final InspectionLog inspections;
    private final VendorScope contracts;
    private final CommandValidator validator;

    InspectionService(InspectionLog inspections, VendorScope contracts, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("guard-inspection", GuardData.GUARD_PERFORMANCE, inspections, inspections::list,
                guard));
        this.inspections = inspections;
        this.contracts = contracts;
        this.validator = validator;
    }

    @Override
    public Inspection create(Actor actor, InspectionDetails details) {
        validator.validate(details);
        InspectionId id = InspectionId.random();
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, id.toString());
        GuardContract contract = contracts.contract(actor, details.contract(), "contract");
        Inspection built = build(actor, id, 0, contract, details);
        if (inspections.ofContract(actor.office(), contract.id()).size() >= MAX_PER_CONTRACT) {
            throw RefusedException.because("contract " + contract.reference() + " already holds " + MAX_PER_CONTRACT
                    + " inspections");
        }
        return records.create(actor, built);
    }

    @Override
    public Inspection update(Actor actor, InspectionId id, long expectedVersion, InspectionDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            if (!details.contract().equals(current.contract().value())) {
                throw InvalidCommandException.of("contract", "must stay that of the inspection");
            }
            return build(actor, id, expectedVersion, contracts.contract(current.contract()), details);
        });
    }

    @Override
    public List<InspectionDue> schedule(Actor actor, GuardContractId contractId, LocalDate day) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, contractId.toString());
        GuardContract contract = contracts.contract(actor, contractId.value(), "contract");
        List<Inspection> done = inspections.ofContract(actor.office(), contract.id());
        return contract.posts().stream().map(Post::site).distinct().map(site -> {
            Optional<LocalDateTime> last = done.stream().filter(i -> i.site().equals(site)).map(Inspection::at)
                    .max(Comparator.naturalOrder());
            LocalDate due = InspectionSchedule.due(contract, last);
            LocalDateTime suggested = InspectionSchedule.suggested(contract, site, due, day);
            return new InspectionDue(site, last, due, due.isBefore(day), suggested);
        }).sorted(Comparator.comparing(InspectionDue::due).thenComparing(d -> d.site().toString())).toList();
    }

    private Inspection build(Actor actor, InspectionId id, long version, GuardContract contract, InspectionDetails d) {
        List<UUID> sites = contract.posts().stream().map(Post::site).distinct().toList();
        if (!sites.contains(d.site())) {
            throw InvalidCommandException.of("site", "is not a site of a post of contract " + contract.reference());
        }
        return CommandValidator.build("body", () -> new Inspection(id, actor.office(), version, contract.id(), d.site(),
                d.at(), d.inspector(), d.checklist(), d.findings(), d.evidence()));
    }
}
