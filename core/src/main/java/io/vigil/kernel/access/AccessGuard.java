package io.vigil.kernel.access;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

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

    /**
     * Requires access without auditing a grant, for reads whose caller audits what they exposed
     * (lists, searches); a denial is audited, about nobody, and thrown.
     */
    public String requireQuietly(Actor actor, Operation op, DataClass data, AccessTarget target, AuditAction action,
                                 String resourceType, String resourceId) {
        AccessDecision decision = policy.decide(actor, op, data, target);
        if (decision instanceof AccessDecision.Denied denied) {
            record(actor, action, resourceType, resourceId, data, decision, List.of());
            throw new AccessDeniedException(denied.reason());
        }
        return decision.reason();
    }

    /**
     * Requires access to data about several persons of an office at once (a residence, a mission):
     * a read needs access for any of them, a write for every one of them; with nobody named, the
     * office decides. The deciding grant or denial is audited with all of them.
     *
     * @param target the access target of one person of the office
     */
    public String requireForAll(Actor actor, Operation op, DataClass data, OfficeId office, Collection<PersonId> people,
                                BiFunction<OfficeId, PersonId, AccessTarget> target, AuditAction action,
                                String resourceType, String resourceId) {
        AccessDecision deciding = null;
        for (PersonId p : people) {
            deciding = check(actor, op, data, target.apply(office, p));
            if (deciding.granted() == (op == Operation.READ)) {
                break;
            }
        }
        if (deciding == null) {
            deciding = check(actor, op, data, AccessTarget.office(office));
        }
        record(actor, action, resourceType, resourceId, data, deciding, List.copyOf(people));
        if (deciding instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
        return deciding.reason();
    }

    /** Writes one audit entry about the given persons. */
    public void record(Actor actor, AuditAction action, String resourceType, String resourceId, DataClass data,
                       AccessDecision decision, List<PersonId> persons) {
        audit.record(new AuditEntry(UUID.randomUUID(), clock.instant(), actor.office(), actor.subject(), action,
                resourceType, resourceId, data, decision.granted(), decision.reason(), persons));
    }
}
