package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.access.RoleBasedAccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.validation.CommandValidator;
import java.time.Clock;

/**
 * The shared kernel: the system clock, the role-based access policy, the in-process event bus and
 * the standard validator (override any of them with {@code Modules.override}); the
 * {@link AuditLog} comes from an adapter module.
 */
public final class KernelModule extends OnceModule {

    @Override
    protected void configure() {
        bind(AccessPolicy.class).to(RoleBasedAccessPolicy.class);
        bind(RoleBasedAccessPolicy.class).in(Singleton.class);
        bind(InProcessEventBus.class).in(Singleton.class);
        bind(DomainEventPublisher.class).to(InProcessEventBus.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    CommandValidator commands() {
        return CommandValidator.standard();
    }

    @Provides
    @Singleton
    Kernel kernel(Clock clock, AccessPolicy policy, CommandValidator commands, DomainEventPublisher events,
                  AuditLog audit) {
        return new Kernel(clock, policy, commands, events, audit);
    }

    @Provides
    @Singleton
    AuditTrail auditTrail(Kernel kernel) {
        return kernel.auditTrail();
    }
}
