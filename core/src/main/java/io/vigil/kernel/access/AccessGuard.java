package io.vigil.kernel.access;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Applies the {@link AccessPolicy} in use cases and writes the audit trail: every denial, every
 * write and every read of sensitive data leaves an entry.
 */
public final class AccessGuard {
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AccessGuard(AccessPolicy policy, AuditLog audit, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the policy says, without auditing: for deciding which fields to withhold. */
    public AccessDecision check(Actor actor, Operation op, DataClass data, AccessTarget target) {
        return policy.decide(actor, op, data, target);
    }

    /**
     * Requires access, audits it, and returns the basis; throws {@link AccessDeniedException}
     * with the policy's reason (after auditing the denial) when refused.
     */
    public String require(Actor actor, Operation op, DataClass data, AccessTarget target, AuditAction action,
                          String resourceType, String resourceId) {
        AccessDecision decision = policy.decide(actor, op, data, target);
        if (!decision.granted() || op != Operation.READ || data.sensitive()) {
            record(actor, action, resourceType, resourceId, data, decision, target.person().stream().toList());
        }
        if (decision instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
        return decision.reason();
    }

    /** Writes one audit entry about the given persons. */
    public void record(Actor actor, AuditAction action, String resourceType, String resourceId, DataClass data,
                       AccessDecision decision, List<PersonId> persons) {
        audit.record(new AuditEntry(UUID.randomUUID(), clock.instant(), actor.office(), actor.subject(), action,
                resourceType, resourceId, data, decision.granted(), decision.reason(), persons));
    }
}
