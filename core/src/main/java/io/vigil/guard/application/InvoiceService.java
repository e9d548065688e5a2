package io.vigil.guard.application;

import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceCertification;
import io.vigil.guard.domain.InvoiceDecision;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.domain.LabourViolation;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.domain.ViolationWaiver;
import io.vigil.guard.port.in.CertificationResult;
import io.vigil.guard.port.in.CertifyDetails;
import io.vigil.guard.port.in.InvoiceDetails;
import io.vigil.guard.port.in.InvoicesUseCase;
import io.vigil.guard.port.in.ViolationWaiverDetails;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.guard.port.out.InvoiceLedger;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vendors' invoices: submitted and replaced until certified, checked against the evidence
 * (contract, roster, issues, labour standards) and certified by the security officer, who alone
 * approves; a rejection is recorded with every reason.
 */
final class InvoiceService extends GuardedRecordsService<InvoiceId, InvoiceDetails, Invoice> implements InvoicesUseCase {
    private static final String TYPE = "guard-invoice";
    private final GuardPorts ports;
    private final VendorScope vendors;
    private final CommandValidator validator;
    private final Clock clock;

    InvoiceService(GuardPorts ports, VendorScope vendors, AccessGuard guard, CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>(TYPE, GuardData.GUARD_SUBMISSIONS, ports.invoices(), ports.invoices()::list, guard));
        this.ports = ports;
        this.vendors = vendors;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Invoice create(Actor actor, InvoiceDetails details) {
        validator.validate(details);
        GuardContract contract = vendors.contract(actor, details.contract(), "contract");
        InvoiceId id = InvoiceId.random();
        vendors.require(actor, contract, AuditAction.CREATE, TYPE, id.toString());
        Invoice built = build(actor, id, 0, contract, details);
        List<Invoice> existing = ports.invoices().ofContract(actor.office(), contract.id());
        if (existing.size() >= MAX_PER_CONTRACT) {
            throw RefusedException.because("contract " + contract.reference() + " already holds " + MAX_PER_CONTRACT
                    + " invoices");
        }
        existing.stream().filter(i -> i.number().equalsIgnoreCase(built.number())).findFirst().ifPresent(i -> {
            throw RefusedException.because("invoice " + built.number() + " is already submitted under contract "
                    + contract.reference() + "; replace it instead");
        });
        return records.create(actor, built);
    }

    @Override
    public Invoice get(Actor actor, InvoiceId id) {
        Invoice invoice = records.get(actor, id);
        vendors.require(actor, vendors.contract(invoice.contract()), AuditAction.READ, TYPE, id.toString());
        return invoice;
    }

    @Override
    public Page<Invoice> list(Actor actor, PageRequest page) {
        if (VendorScope.vendorOnly(actor)) {
            records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
            return vendors.page(actor, page, c -> ports.invoices().ofContract(actor.office(), c),
                    InvoiceLedger.LATEST_FIRST);
        }
        return records.list(actor, page);
    }

    @Override
    public Invoice update(Actor actor, InvoiceId id, long expectedVersion, InvoiceDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            GuardContract contract = vendors.contract(current.contract());
            vendors.require(actor, contract, AuditAction.UPDATE, TYPE, id.toString());
            current.requireOpen();
            if (!details.contract().equals(current.contract().value())) {
                throw InvalidCommandException.of("contract", "must stay that of the invoice (" + contract.reference()
                        + ")");
            }
            return build(actor, id, expectedVersion, contract, details);
        });
    }

    @Override
    public void remove(Actor actor, InvoiceId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            vendors.require(actor, vendors.contract(current.contract()), AuditAction.DELETE, TYPE, id.toString());
            current.requireOpen();
        });
    }

    @Override
    public CertificationReport check(Actor actor, InvoiceId id) {
        return report(get(actor, id));
    }

    @Override
    public CertificationResult certify(Actor actor, InvoiceId id, long expectedVersion, CertifyDetails details) {
        validator.validate(details);
        CertificationReport[] report = new CertificationReport[1];
        Invoice decided = records.change(actor, id, expectedVersion, Operation.APPROVE, current -> {
            current.requireOpen();
            report[0] = report(current);
            Instant now = clock.instant();
            List<ViolationWaiver> waivers = waivers(actor, details.waivers(), report[0].violations(), now);
            List<String> refusals = report[0].refusals(waivers);
            return current.decided(new InvoiceDecision(refusals.isEmpty(), actor.subject(), now, report[0].payable(),
                    waivers, refusals));
        });
        return new CertificationResult(decided, report[0]);
    }

    private static List<ViolationWaiver> waivers(Actor actor, List<ViolationWaiverDetails> given, List<LabourViolation> violations,
                                        Instant now) {
        Set<String> keys = violations.stream().map(LabourViolation::key).collect(Collectors.toSet());
        List<ViolationWaiver> waivers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ViolationWaiverDetails w = given.get(i);
            if (!keys.contains(w.violation())) {
                throw InvalidCommandException.of("waivers[" + i + "].violation", "names no violation of this invoice's"
                        + " roster: " + w.violation());
            }
            waivers.add(new ViolationWaiver(w.violation(), w.reason(), actor.subject(), now));
        }
        return waivers;
    }

    private CertificationReport report(Invoice invoice) {
        GuardContract contract = vendors.contract(invoice.contract());
        Optional<Roster> roster = invoice.roster().flatMap(ports.rosters()::findById);
        return InvoiceCertification.check(contract, ports.standards().ofCountry(invoice.office(), contract.country()),
                roster, ports.issues().ofContract(invoice.office(), contract.id()).stream()
                        .filter(i -> !i.date().isAfter(invoice.to())).toList(), invoice);
    }

    private Invoice build(Actor actor, InvoiceId id, long version, GuardContract contract, InvoiceDetails d) {
        Optional<RosterId> roster = Optional.ofNullable(d.roster()).map(RosterId::new);
        roster.ifPresent(r -> {
            Optional<Roster> found = ports.rosters().findById(r).filter(x -> x.contract().equals(contract.id()));
            if (found.isEmpty()) {
                throw InvalidCommandException.of("roster", "is not a roster of contract " + contract.reference());
            }
        });
        return CommandValidator.build("body", () -> new Invoice(id, actor.office(), version, contract.id(), d.number(),
                d.from(), d.to(), d.lines(), roster, actor.subject(), clock.instant(), Optional.empty()));
    }
}
