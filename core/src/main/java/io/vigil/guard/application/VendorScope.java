package io.vigil.guard.application;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.GuardData;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The vendor's need-to-know, narrower than the policy's grant: a vendor's integration reaches the
 * submissions of the contracts that name it ({@code vendorSubject}) and no others; a refusal is
 * audited like any denial.
 */
final class VendorScope {
    private final GuardContractRegistry contracts;
    private final AccessGuard guard;

    VendorScope(GuardContractRegistry contracts, AccessGuard guard) {
        this.contracts = contracts;
        this.guard = guard;
    }

    /** Whether the actor acts as a vendor only (no security role besides). */
    static boolean vendorOnly(Actor actor) {
        return actor.has(Role.VENDOR) && !actor.has(Role.SECURITY_OFFICER) && !actor.has(Role.SECURITY_ASSOCIATE);
    }

    /** The office's contract of that id, or a field violation on {@code field}. */
    GuardContract contract(Actor actor, UUID id, String field) {
        return contracts.findById(new GuardContractId(id)).filter(c -> c.office().equals(actor.office()))
                .orElseThrow(() -> InvalidCommandException.of(field, "is not a guard contract of office "
                        + actor.office()));
    }

    /** The contract a stored record belongs to. */
    GuardContract contract(GuardContractId id) {
        return contracts.findById(id).orElseThrow(() -> new IllegalStateException("contract " + id + " is gone"));
    }

    /** Refuses (and audits) a vendor reaching another vendor's contract. */
    void require(Actor actor, GuardContract contract, AuditAction action, String type, String id) {
        if (vendorOnly(actor) && !contract.vendorSubject().equals(actor.subject())) {
            AccessDecision.Denied denied = new AccessDecision.Denied("vendor '" + actor.subject()
                    + "' reaches only its own contracts' submissions, not those of contract " + contract.reference());
            guard.record(actor, action, type, id, GuardData.GUARD_SUBMISSIONS, denied, List.of());
            throw new AccessDeniedException(denied.reason());
        }
    }

    /** A page of a vendor's own contracts' records, in the store's order. */
    <A> Page<A> page(Actor actor, PageRequest page, Function<GuardContractId, List<A>> ofContract,
                     Comparator<? super A> order) {
        List<A> all = Page.all(p -> contracts.list(actor.office(), p)).stream()
                .filter(c -> c.vendorSubject().equals(actor.subject()))
                .flatMap(c -> ofContract.apply(c.id()).stream()).sorted(order).toList();
        return Page.of(all, page);
    }
}
