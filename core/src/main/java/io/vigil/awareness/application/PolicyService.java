package io.vigil.awareness.application;

import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.port.in.AwarenessPolicyDetails;
import io.vigil.awareness.port.in.ConfigureAwarenessUseCase;
import io.vigil.awareness.port.out.AwarenessPolicyStore;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import jakarta.inject.Inject;

/** The office's awareness settings: the standard ones until set, then versioned. */
final class PolicyService implements ConfigureAwarenessUseCase {
    static final String TYPE = "awareness-policy";

    private final AwarenessPolicyStore policies;
    private final AccessGuard guard;
    private final CommandValidator validator;

    @Inject
    PolicyService(AwarenessPolicyStore policies, AccessGuard guard, CommandValidator validator) {
        this.policies = policies;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public AwarenessPolicy get(Actor actor) {
        guard.require(actor, Operation.READ, AwarenessData.COURSES, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, actor.office().value());
        return current(policies, actor);
    }

    /** The actor's office's settings, unchecked. */
    static AwarenessPolicy current(AwarenessPolicyStore policies, Actor actor) {
        return policies.findById(actor.office()).orElseGet(() -> AwarenessPolicy.standard(actor.office()));
    }

    @Override
    public AwarenessPolicy set(Actor actor, long expectedVersion, AwarenessPolicyDetails details) {
        validator.validate(details);
        AwarenessPolicy built = CommandValidator.build("body", () -> new AwarenessPolicy(actor.office(),
                expectedVersion, details.warningDays(), details.onArrivalDays()));
        guard.require(actor, Operation.WRITE, AwarenessData.COURSES, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, actor.office().value());
        long stored = policies.findById(actor.office()).map(AwarenessPolicy::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored);
        }
        return policies.save(built);
    }
}
