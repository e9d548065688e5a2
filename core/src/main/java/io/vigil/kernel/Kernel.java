package io.vigil.kernel;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.validation.CommandValidator;
import java.time.Clock;

/**
 * What every context's services are built from: the clock, the need-to-know policy, the command
 * validator, the domain event publisher and the one audit log that every context writes to.
 */
public record Kernel(Clock clock, AccessPolicy policy, CommandValidator commands, DomainEventPublisher events,
                     AuditLog audit) {
    public Kernel {
        Require.nonNull(clock, "clock");
        Require.nonNull(policy, "policy");
        Require.nonNull(commands, "commands");
        Require.nonNull(events, "events");
        Require.nonNull(audit, "audit");
    }

    /**
     * A kernel with the standard Bean Validation provider and an in-process event bus; the default
     * policy over every context's grants is {@code io.vigil.wiring.Vigil.kernel(clock, audit)}.
     */
    public static Kernel of(Clock clock, AccessPolicy policy, AuditLog audit) {
        return new Kernel(clock, policy, CommandValidator.standard(), new InProcessEventBus(), audit);
    }

    /** The access guard every service checks and audits through. */
    public AccessGuard guard() {
        return new AccessGuard(policy, audit, clock);
    }

    /** The audit trail's read use case. */
    public AuditTrail auditTrail() {
        return new AuditTrail(guard(), audit);
    }
}
