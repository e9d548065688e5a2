package io.vigil.guard.application;

import io.vigil.guard.domain.CertificationTerms;
import io.vigil.guard.domain.Extension;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.domain.Post;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.ExtensionDetails;
import io.vigil.guard.port.in.ManageGuardContractsUseCase;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.guard.port.out.GuardSites;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The office's guard-force contracts: references unique, at most {@link #MAX_CONTRACTS}, extended one
 * amendment at a time, every post's site a facility of the office (through {@link GuardSites}). A
 * contract that a roster, an invoice, a performance issue, an inspection or a performance review
 * names is kept: removing it is refused, so none of those is left naming a contract that is gone.
 */
final class ContractService extends GuardedRecordsService<GuardContractId, ContractDetails, GuardContract>
        implements ManageGuardContractsUseCase {
    private final GuardPorts ports;
    private final GuardSites sites;
    private final CommandValidator validator;

    ContractService(GuardPorts ports, GuardSites sites, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("guard-contract", GuardData.GUARD_CONTRACTS, ports.contracts(),
                ports.contracts()::list, guard));
        this.ports = ports;
        this.sites = sites;
        this.validator = validator;
    }

    /**
     * Removes the contract once the write right and the version hold, unless a record names it (a
     * 409 saying how many of each). The check and the removal are two steps: a roster or invoice
     * created in between can still name a contract removed just after.
     */
    @Override
    public void remove(Actor actor, GuardContractId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, this::requireUnnamed);
    }

    private void requireUnnamed(GuardContract contract) {
        OfficeId office = contract.office();
        GuardContractId id = contract.id();
        Map<String, Integer> naming = new LinkedHashMap<>();
        naming.put("rosters", ports.rosters().ofContract(office, id).size());
        naming.put("invoices", ports.invoices().ofContract(office, id).size());
        naming.put("performance issues", ports.issues().ofContract(office, id).size());
        naming.put("inspections", ports.inspections().ofContract(office, id).size());
        naming.put("performance reviews", ports.reviews().ofContract(office, id).size());
        String named = naming.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        if (!named.isEmpty()) {
            throw RefusedException.because("guard contract " + contract.reference() + " is named by " + named
                    + "; it is kept so they stay whole (extend or let it end instead)");
        }
    }

    @Override
    public GuardContract create(Actor actor, ContractDetails details) {
        GuardContract built = build(actor, GuardContractId.random(), 0, details);
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.id().toString());
        requireSites(actor, built);
        List<GuardContract> all = all(actor);
        if (all.size() >= MAX_CONTRACTS) {
            throw RefusedException.because("the office already holds " + MAX_CONTRACTS + " guard contracts");
        }
        requireUniqueReference(all, built);
        return records.create(actor, built);
    }

    @Override
    public GuardContract update(Actor actor, GuardContractId id, long expectedVersion, ContractDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            GuardContract built = build(actor, id, expectedVersion, details);
            requireSites(actor, built);
            requireUniqueReference(all(actor), built);
            return built;
        });
    }

    @Override
    public GuardContract extend(Actor actor, GuardContractId id, long expectedVersion, ExtensionDetails details) {
        validator.validate(details);
        return records.change(actor, id, expectedVersion, Operation.WRITE,
                current -> current.extended(new Extension(details.newEnd(), details.reference())));
    }

    @Override
    public List<GuardContract> noticesDue(Actor actor, LocalDate day) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return all(actor).stream().filter(c -> !c.noticeDue().isAfter(day) && !c.effectiveEnd().isBefore(day))
                .sorted(Comparator.comparing(GuardContract::effectiveEnd)).toList();
    }

    private List<GuardContract> all(Actor actor) {
        return Page.all(page -> ports.contracts().list(actor.office(), page));
    }

    /** Every post's site a facility of the office, else a 400 naming each {@code posts[i].site} that is not. */
    private void requireSites(Actor actor, GuardContract built) {
        Set<UUID> facilities = sites.facilities(actor);
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < built.posts().size(); i++) {
            Post post = built.posts().get(i);
            if (!facilities.contains(post.site())) {
                unknown.add(new FieldViolation("posts[" + i + "].site",
                        "is not a facility of the office: " + post.site()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCommandException(unknown);
        }
    }

    private static void requireUniqueReference(List<GuardContract> all, GuardContract built) {
        all.stream().filter(c -> c.reference().equalsIgnoreCase(built.reference()) && !c.id().equals(built.id()))
                .findFirst().ifPresent(c -> {
                    throw RefusedException.because("contract reference " + built.reference()
                            + " is already that of the contract with " + c.vendor());
                });
    }

    private GuardContract build(Actor actor, GuardContractId id, long version, ContractDetails d) {
        validator.validate(d);
        Currency currency = CommandValidator.build("currency", () -> {
            try {
                return Currency.getInstance(d.currency());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("currency", "is not an ISO 4217 currency: " + d.currency());
            }
        });
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < d.posts().size(); i++) {
            PostDetails p = d.posts().get(i);
            posts.add(Fields.build("posts[" + i + "]", () -> new Post(p.code(), p.name(), p.site(), p.schedule(),
                    p.guardsPerShift(), Boolean.TRUE.equals(p.armed()), p.qualifications(), p.hourlyRate(),
                    p.holidayMultiplier() == null ? Post.DEFAULT_MULTIPLIER : p.holidayMultiplier())));
        }
        return CommandValidator.build("body", () -> new GuardContract(id, actor.office(), version, d.reference(),
                d.vendor(), d.vendorSubject(), d.procurement(), d.start(), d.end(), d.extensions(), currency,
                d.noticeMonths() == null ? 3 : d.noticeMonths(), d.country(), posts, d.deductions(),
                d.terms() == null ? CertificationTerms.STANDARD : d.terms(),
                d.inspectionEveryDays() == null ? 30 : d.inspectionEveryDays(),
                d.reviewEveryDays() == null ? GuardContract.DEFAULT_REVIEW_DAYS : d.reviewEveryDays()));
    }
}
