package io.vigil.guard.application;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.LabourCheck;
import io.vigil.guard.domain.LabourViolation;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.port.in.RosterDetails;
import io.vigil.guard.port.in.RostersUseCase;
import io.vigil.guard.port.out.InvoiceLedger;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.guard.port.out.RosterBook;
import io.vigil.kernel.RefusedException;
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
import java.util.List;
import java.util.Optional;

/** The vendors' rosters: every shift on a post of the contract; a roster a certified invoice rests on is kept as it is. */
final class RosterService extends GuardedRecordsService<RosterId, RosterDetails, Roster> implements RostersUseCase {
    private final RosterBook rosters;
    private final InvoiceLedger invoices;
    private final LabourStandardsBook standards;
    private final VendorScope vendors;
    private final CommandValidator validator;
    private final Clock clock;

    RosterService(RosterBook rosters, InvoiceLedger invoices, LabourStandardsBook standards, VendorScope vendors,
                  AccessGuard guard, CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>("guard-roster", GuardData.GUARD_SUBMISSIONS, rosters, rosters::list, guard));
        this.rosters = rosters;
        this.invoices = invoices;
        this.standards = standards;
        this.vendors = vendors;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Roster create(Actor actor, RosterDetails details) {
        validator.validate(details);
        GuardContract contract = vendors.contract(actor, details.contract(), "contract");
        RosterId id = RosterId.random();
        vendors.require(actor, contract, AuditAction.CREATE, "guard-roster", id.toString());
        Roster built = build(actor, id, 0, contract, details);
        if (rosters.ofContract(actor.office(), contract.id()).size() >= MAX_PER_CONTRACT) {
            throw RefusedException.because("contract " + contract.reference() + " already holds " + MAX_PER_CONTRACT
                    + " rosters");
        }
        return records.create(actor, built);
    }

    @Override
    public Roster get(Actor actor, RosterId id) {
        Roster roster = records.get(actor, id);
        vendors.require(actor, vendors.contract(roster.contract()), AuditAction.READ, "guard-roster", id.toString());
        return roster;
    }

    @Override
    public Page<Roster> list(Actor actor, PageRequest page) {
        if (VendorScope.vendorOnly(actor)) {
            records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
            return vendors.page(actor, page, c -> rosters.ofContract(actor.office(), c), RosterBook.LATEST_FIRST);
        }
        return records.list(actor, page);
    }

    @Override
    public Roster update(Actor actor, RosterId id, long expectedVersion, RosterDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            GuardContract contract = vendors.contract(current.contract());
            vendors.require(actor, contract, AuditAction.UPDATE, "guard-roster", id.toString());
            requireNotCertified(current);
            if (!details.contract().equals(current.contract().value())) {
                throw InvalidCommandException.of("contract", "must stay that of the roster (" + contract.reference() + ")");
            }
            return build(actor, id, expectedVersion, contract, details);
        });
    }

    @Override
    public void remove(Actor actor, RosterId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            vendors.require(actor, vendors.contract(current.contract()), AuditAction.DELETE, "guard-roster",
                    id.toString());
            requireNotCertified(current);
        });
    }

    @Override
    public List<LabourViolation> violations(Actor actor, RosterId id) {
        Roster roster = get(actor, id);
        GuardContract contract = vendors.contract(roster.contract());
        return standards.ofCountry(actor.office(), contract.country())
                .map(s -> new LabourCheck(s).violations(roster)).orElse(List.of());
    }

    private void requireNotCertified(Roster roster) {
        Optional<Invoice> certified = invoices.ofContract(roster.office(), roster.contract()).stream()
                .filter(i -> i.certified() && i.roster().equals(Optional.of(roster.id()))).findFirst();
        certified.ifPresent(i -> {
            throw RefusedException.because("certified invoice " + i.number() + " rests on this roster, which can no"
                    + " longer change");
        });
    }

    private Roster build(Actor actor, RosterId id, long version, GuardContract contract, RosterDetails d) {
        for (int i = 0; i < d.shifts().size(); i++) {
            String post = d.shifts().get(i).post();
            if (contract.post(post).isEmpty()) {
                throw InvalidCommandException.of("shifts[" + i + "].post", "is not a post of contract "
                        + contract.reference() + ": " + post);
            }
        }
        return CommandValidator.build("body", () -> new Roster(id, actor.office(), version, contract.id(), d.from(),
                d.to(), d.guards(), d.shifts(), actor.subject(), clock.instant()));
    }
}
