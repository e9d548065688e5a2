package io.vigil.kernel.audit;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.KernelData;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import jakarta.inject.Inject;

/**
 * Reads the audit trail of the actor's office: who read or changed what, when, and under which
 * permission. Only an actor the policy lets read {@link KernelData#AUDIT} may, and reading the
 * trail is itself audited.
 */
public final class AuditTrail {
    private final AccessGuard guard;
    private final AuditLog log;

    @Inject
    public AuditTrail(AccessGuard guard, AuditLog log) {
        this.guard = guard;
        this.log = log;
    }

    /** The entries of {@code query}, newest first; the query's office must be the actor's. */
    public Page<AuditEntry> find(Actor actor, AuditQuery query, PageRequest page) {
        guard.require(actor, Operation.READ, KernelData.AUDIT, AccessTarget.office(query.office()), AuditAction.LIST,
                "audit-trail", query.office().value());
        return log.find(query, page);
    }
}
